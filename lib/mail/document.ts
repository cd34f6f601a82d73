/**
 * An email as a short list of blocks, rendered twice: as HTML (tables and one style sheet, which
 * mail clients render alike) and as plain text. Both parts always carry the same words.
 */
export type Block =
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string }
  | { type: "facts"; rows: readonly (readonly [label: string, value: string])[] }
  | {
      type: "items";
      heading: string;
      lines: readonly (readonly [label: string, amount: string])[];
      total: readonly [string, string];
    }
  | { type: "steps"; heading: string; groups: readonly { label: string; steps: readonly string[] }[] }
  | { type: "button"; label: string; href: string }
  | { type: "image"; cid: string; alt: string };

export interface MailDocument {
  lang: string;
  subject: string;
  blocks: readonly Block[];
  footer: string;
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const STYLE = `body{margin:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b}
.card{max-width:560px;margin:0 auto;background:#ffffff;padding:24px}
h1{font-size:20px;margin:0 0 16px}h2{font-size:16px;margin:24px 0 8px}
p{font-size:15px;line-height:1.5;margin:0 0 12px}
td{font-size:15px;padding:6px 0;vertical-align:top}.label{color:#52525b;padding-right:16px}
.amount{text-align:right;white-space:nowrap}.total td{font-weight:bold;border-top:1px solid #d4d4d8}
.button{display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold}
ol{padding-left:20px;margin:0 0 12px}li{font-size:15px;line-height:1.5}
.footer{font-size:12px;color:#71717a;margin-top:24px}`;

function blockHtml(block: Block): string {
  switch (block.type) {
    case "heading":
      return `<h2>${escape(block.text)}</h2>`;
    case "paragraph":
      return `<p>${escape(block.text)}</p>`;
    case "facts":
      return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${block.rows
        .map(
          ([label, value]) =>
            `<tr><td class="label">${escape(label)}</td><td><strong>${escape(value)}</strong></td></tr>`,
        )
        .join("")}</table>`;
    case "items":
      return `<h2>${escape(block.heading)}</h2><table role="presentation" width="100%" cellpadding="0" cellspacing="0">${block.lines
        .map(
          ([label, amount]) => `<tr><td>${escape(label)}</td><td class="amount">${escape(amount)}</td></tr>`,
        )
        .join(
          "",
        )}<tr class="total"><td>${escape(block.total[0])}</td><td class="amount">${escape(block.total[1])}</td></tr></table>`;
    case "steps":
      return `<h2>${escape(block.heading)}</h2>${block.groups
        .map(
          (group) =>
            `<p><strong>${escape(group.label)}</strong></p><ol>${group.steps.map((s) => `<li>${escape(s)}</li>`).join("")}</ol>`,
        )
        .join("")}`;
    case "button":
      return `<p><a class="button" href="${escape(block.href)}">${escape(block.label)}</a></p>`;
    case "image":
      return `<p><img src="cid:${escape(block.cid)}" alt="${escape(block.alt)}" width="240" height="240"></p>`;
  }
}

export function renderHtml(doc: MailDocument): string {
  return `<!doctype html><html lang="${escape(doc.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(doc.subject)}</title><style>${STYLE}</style></head><body><div class="card">${doc.blocks
    .map(blockHtml)
    .join("\n")}<p class="footer">${escape(doc.footer)}</p></div></body></html>`;
}

function blockText(block: Block): string {
  switch (block.type) {
    case "heading":
      return block.text.toUpperCase();
    case "paragraph":
      return block.text;
    case "facts":
      return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n");
    case "items":
      return [
        block.heading.toUpperCase(),
        ...block.lines.map(([l, a]) => `- ${l}: ${a}`),
        `${block.total[0]}: ${block.total[1]}`,
      ].join("\n");
    case "steps":
      return [
        block.heading.toUpperCase(),
        ...block.groups.map((g) => [g.label, ...g.steps.map((s, i) => `  ${i + 1}. ${s}`)].join("\n")),
      ].join("\n\n");
    case "button":
      return `${block.label}: ${block.href}`;
    case "image":
      return `[${block.alt}]`;
  }
}

export function renderText(doc: MailDocument): string {
  return `${[...doc.blocks.map(blockText), "--", doc.footer].join("\n\n")}\n`;
}
