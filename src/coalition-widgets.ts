/**
 * The self-contained bundle (`dist/coalition-widgets.js`): Lit included, translations set up, every
 * element defined. A webmaster needs only `<script type="module" src=".../coalition-widgets.js">`.
 */
import { setupLocalization } from './i18n/locale.js';
import './event-card/define.js';
import './countdown/define.js';
import './member-map/define.js';
import './signatory-list/define.js';

setupLocalization();

export * from './index.js';
