/**
 * Translations for WordPress from .po files: the binary .mo that PHP's
 * gettext reads, and the JSON (Jed format) that `wp_set_script_translations`
 * reads for a script. Plain singular messages only (the plugin has no plurals).
 */

/** A .po string literal's value. */
function unquote(literal) {
  return JSON.parse(literal);
}

/**
 * The translated messages of a .po file (entries separated by blank lines):
 * `{ context, id, text }`, the header (empty id) included. Untranslated and
 * fuzzy messages are left out.
 */
export function readPo(source) {
  const messages = [];
  for (const entry of source.split(/\r?\n\s*\r?\n/)) {
    const message = {};
    let field = null;
    for (const line of entry.split(/\r?\n/)) {
      const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")\s*$/.exec(line);
      if (line.startsWith('#,') && line.includes('fuzzy')) message.fuzzy = true;
      if (keyword) {
        field = { msgctxt: 'context', msgid: 'id', msgstr: 'text' }[keyword[1]];
        message[field] = unquote(keyword[2]);
      } else if (field && /^".*"$/.test(line.trim())) message[field] += unquote(line.trim());
    }
    if (message.id !== undefined && message.text && !message.fuzzy) messages.push(message);
  }
  return messages;
}

/** The bytes of a .mo file holding `messages`. */
export function writeMo(messages) {
  const keyOf = (message) => (message.context ? `${message.context}\u0004${message.id}` : message.id);
  const sorted = [...messages].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const ids = sorted.map((message) => Buffer.from(keyOf(message), 'utf8'));
  const texts = sorted.map((message) => Buffer.from(message.text, 'utf8'));
  const count = sorted.length;
  const headerSize = 28;
  const tablesSize = count * 16;
  let offset = headerSize + tablesSize;
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + count * 8, 16);
  header.writeUInt32LE(0, 20); // no hash table, but its offset must follow the tables (WordPress's reader checks)
  header.writeUInt32LE(headerSize + tablesSize, 24);
  const idTable = Buffer.alloc(count * 8);
  const textTable = Buffer.alloc(count * 8);
  const strings = [];
  ids.forEach((bytes, index) => {
    idTable.writeUInt32LE(bytes.length, index * 8);
    idTable.writeUInt32LE(offset, index * 8 + 4);
    strings.push(bytes, Buffer.alloc(1));
    offset += bytes.length + 1;
  });
  texts.forEach((bytes, index) => {
    textTable.writeUInt32LE(bytes.length, index * 8);
    textTable.writeUInt32LE(offset, index * 8 + 4);
    strings.push(bytes, Buffer.alloc(1));
    offset += bytes.length + 1;
  });
  return Buffer.concat([header, idTable, textTable, ...strings]);
}

/** The JSON translations of one script: the messages whose id the script uses. */
export function scriptJson(messages, language, usedIds) {
  const data = { '': { domain: 'messages', lang: language } };
  for (const message of messages) {
    if (message.id && !message.context && usedIds.has(message.id)) data[message.id] = [message.text];
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages: data } });
}
