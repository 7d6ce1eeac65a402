
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'base.error-invalid': `تعذّرت قراءة المحتوى.`,
'base.error-unavailable': `تعذّر تحميل المحتوى.`,
'base.loading': `جارٍ التحميل…`,
'base.not-found-day': str`لم يُعثر على اليوم الدولي «${0}».`,
'base.not-found-event': str`لم يُعثر على الفعالية «${0}».`,
'base.not-found-statement': str`لم يُعثر على البيان «${0}».`,
'countdown.ended': `انتهت هذه الفعالية.`,
'countdown.learn-more': `اعرف المزيد`,
'countdown.live': `جارٍ الآن`,
'countdown.no-days': `لا يوجد يوم توعية قادم.`,
'countdown.passed': str`مضى تاريخ ${0}.`,
'countdown.today': str`اليوم: ${0}.`,
'countdown.until': str`الوقت المتبقي حتى ${1}: ${0}`,
'event-card.all-organisers': str`عرض جميع الجهات المنظِّمة (${0})`,
'event-card.all-speakers': str`عرض جميع المتحدثين (${0})`,
'event-card.calendar': `أضف إلى التقويم`,
'event-card.closed': `أُغلق باب التسجيل`,
'event-card.ended': `انتهت هذه الفعالية`,
'event-card.fewer-organisers': `عرض عدد أقل من الجهات المنظِّمة`,
'event-card.fewer-speakers': `عرض عدد أقل من المتحدثين`,
'event-card.ics-register': str`التسجيل: ${0}`,
'event-card.languages': `اللغات`,
'event-card.live': `جارية الآن`,
'event-card.new-tab': `يُفتح في علامة تبويب جديدة`,
'event-card.no-events': `لا توجد فعاليات لعرضها.`,
'event-card.online': `عبر الإنترنت`,
'event-card.organisers': `من تنظيم`,
'event-card.register': `سجّل الآن`,
'event-card.speakers': `المتحدثون`,
'event-card.starts': str`تبدأ ${0}`,
'event-card.when': `الموعد`,
'event-card.where': `المكان`,
'event-card.your-time': `بتوقيتك المحلي`,
'signatory-list.count-zero': str`${0} signatories`,
'signatory-list.count-one': str`${0} signatory`,
'signatory-list.count-two': str`${0} signatories`,
'signatory-list.count-few': str`${0} signatories`,
'signatory-list.count-many': str`${0} signatories`,
'signatory-list.count-other': str`${0} signatories`,
'signatory-list.match-zero': str`${0} signatories match`,
'signatory-list.match-one': str`${0} signatory matches`,
'signatory-list.match-two': str`${0} signatories match`,
'signatory-list.match-few': str`${0} signatories match`,
'signatory-list.match-many': str`${0} signatories match`,
'signatory-list.match-other': str`${0} signatories match`,
    };
  