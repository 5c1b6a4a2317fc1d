import { type MessageKey, t, uiLanguage } from '../shared/i18n.ts';

/** Gives an extension page its title and `lang` in the reader's language, before it renders. */
export function localiseDocument(title: MessageKey, doc: Document = document): void {
  doc.title = t(title);
  doc.documentElement.lang = uiLanguage();
}
