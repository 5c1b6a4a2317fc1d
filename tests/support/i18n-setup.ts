// Unit tests render UI outside an extension: the English catalogue stands in for `browser.i18n`.
import en from '../../src/_locales/en/messages.json' with { type: 'json' };
import { useMessageCatalogue } from '../../src/shared/i18n.ts';

useMessageCatalogue(en);
