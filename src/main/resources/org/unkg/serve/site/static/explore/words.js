/*
 * The explorer's words in the page's language, given by the server with the page (data-config), so that the
 * script holds none of its own. t('group.more', {n: 3}) fills the placeholders.
 */
let table = {};
let language = 'en';

export function setWords(words, lang) {
  table = words || {};
  language = lang || 'en';
}

export function t(key, values) {
  let text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
  if (values) {
    Object.keys(values).forEach(function (name) {
      text = text.split('{' + name + '}').join(String(values[name]));
    });
  }
  return text;
}

/** A count written as the page's language writes numbers. */
export function number(n) {
  return Number(n).toLocaleString(language === 'zh' ? 'zh-CN' : 'en');
}

/** The name of a kind of thing, plural when there are several ("18 documents"). */
export function kindName(kind, n) {
  const plural = 'kinds.' + kind;
  if (n !== 1 && Object.prototype.hasOwnProperty.call(table, plural)) {
    return table[plural];
  }
  return t('kind.' + kind);
}
