/* Marquee playground: channels, the message log (long-poll), sending, buttons, admin toggle, sources. */
"use strict";
const P = (window.Playground = { state: null, channel: null, version: null, users: {}, cache: new Map() });
const $ = (id) => document.getElementById(id);

function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/* A small, safe subset of Discord markdown: escapes, `code`, **bold**, *italic*, -# subtext, mentions. */
function markdown(text) {
  const kept = [];
  let html = esc(text).replace(/\\([\\*_~`|>#\-\[\]()!.:])/g, (_, c) => `\u0000${kept.push(c) - 1}\u0000`);
  html = html.replace(/`([^`]+)`/g, "<code>$1</code>");
  html = html.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  html = html.replace(/(^|[^\w*])\*([^*\n]+)\*(?!\w)/g, "$1<em>$2</em>");
  html = html.replace(/&lt;@!?(\d+)&gt;/g, (_, id) => `@${esc(P.users[id] || "someone")}`);
  html = html.replace(/^-# (.*)$/gm, "<small>$1</small>");
  return html.replace(/\u0000(\d+)\u0000/g, (_, i) => esc(kept[Number(i)]));
}

function status(text, error = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", error);
}

async function api(path, body) {
  const options = body instanceof FormData ? { method: "POST", body }
    : body !== undefined ? { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" } } : {};
  const response = await fetch(path, options);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || `The playground answered ${response.status}`);
  return data;
}
P.api = api;
P.status = status;

/* Only web links become links: a stored "javascript:" URL stays inert text. */
function webUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url);
}

function renderEmbed(embed) {
  const colour = embed.color != null ? `#${embed.color.toString(16).padStart(6, "0")}` : null;
  const title = embed.title ? (webUrl(embed.url) ? `<a href="${esc(embed.url)}" rel="noreferrer">${markdown(embed.title)}</a>` : markdown(embed.title)) : "";
  const fields = (embed.fields || []).map((f) =>
    `<div class="embed-field${f.inline === false ? " block" : ""}"><dt>${markdown(f.name)}</dt><dd>${markdown(f.value)}</dd></div>`).join("");
  return `<div class="embed"${colour ? ` style="border-left-color:${colour}"` : ""}>`
    + (title ? `<p class="embed-title">${title}</p>` : "")
    + (embed.description ? `<div class="embed-description">${markdown(embed.description)}</div>` : "")
    + (fields ? `<dl class="embed-fields">${fields}</dl>` : "")
    + (embed.footer && embed.footer.text ? `<div class="embed-footer">${markdown(embed.footer.text)}</div>` : "")
    + "</div>";
}

const STYLES = { 1: "primary", 2: "secondary", 3: "success", 4: "danger" };
function renderComponents(message) {
  return (message.components || []).map((row) => `<div class="components">${(row.components || []).map((c) =>
    c.type === 2 && c.custom_id
      ? `<button type="button" class="${STYLES[c.style] || "secondary"}" data-click="${esc(c.custom_id)}" data-message="${message.id}"${c.disabled ? " disabled" : ""}>${esc(c.label || "…")}</button>`
      : "").join("")}</div>`).join("");
}

function renderMessage(m) {
  const bot = m.author.id === P.state.bot.id;
  const time = new Date(m.timestamp).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  let context = "";
  if (m.referenced_message) {
    const said = String(m.referenced_message.content).replace(/<@!?(\d+)>/g, (_, id) => `@${P.users[id] || "someone"}`);
    context = `replying to ${esc(m.referenced_message.author.username)}: “${esc(said.slice(0, 60))}”`;
  }
  if (m.used_command) context = `${esc(P.state.you.name)} used /${esc(m.used_command)}`;
  const loading = (m.flags & 128) && !m.content && !(m.embeds || []).length;
  const sourced = bot && (m.embeds || []).some((e) => e.footer && /^Source: /.test(e.footer.text || ""));
  return `${context ? `<div class="context">↳ ${context}</div>` : ""}`
    + `<div class="msg-head"><span class="author${bot ? " bot" : ""}">${esc(m.author.username)}</span>`
    + `${bot ? '<span class="badge">APP</span>' : ""}<span class="time">${esc(time)}</span></div>`
    + (loading ? `<div class="content">${esc(P.state.bot.name)} is thinking…</div>` : "")
    + (m.content ? `<div class="content">${markdown(m.content)}</div>` : "")
    + (m.attachments || []).map((a) => `<div class="context">📎 ${esc(a.filename)} (${a.size} bytes)</div>`).join("")
    + (m.embeds || []).map(renderEmbed).join("")
    + renderComponents(m)
    + (sourced ? `<div class="msg-actions"><button type="button" data-sources="${m.id}">Show sources</button></div>` : "")
    + (m.flags & 64 ? '<div class="ephemeral">Only you can see this.</div>' : "");
}

function render(messages) {
  const log = $("log");
  const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  const seen = new Set();
  let previous = null;
  for (const m of messages) {
    seen.add(m.id);
    const key = JSON.stringify(m);
    let node = document.getElementById(`m${m.id}`);
    if (!node) {
      node = document.createElement("article");
      node.id = `m${m.id}`;
      node.className = "msg";
      node.dataset.author = m.author.id === P.state.bot.id ? "bot" : "user";
      if (previous) previous.after(node); else log.prepend(node);
    }
    if (P.cache.get(m.id) !== key) {
      const focused = node.contains(document.activeElement) ? document.activeElement.dataset.click : null;
      node.innerHTML = renderMessage(m);
      P.cache.set(m.id, key);
      const again = focused && node.querySelector(`[data-click="${CSS.escape(focused)}"]`);
      if (again) again.focus(); else if (focused) $("message").focus();
    }
    previous = node;
  }
  for (const node of [...log.children]) if (!seen.has(node.id.slice(1))) node.remove();
  if (atBottom) log.scrollTop = log.scrollHeight;
}

let poller = null;
async function poll() {
  const controller = new AbortController();
  poller = controller;
  while (poller === controller) {
    const after = P.version === null ? "" : `&after=${P.version}`;
    try {
      const data = await (await fetch(`/api/messages?channel=${P.channel.id}${after}`, { signal: controller.signal })).json();
      if (poller !== controller) return;
      P.version = data.version;
      render(data.messages);
      $("log").dataset.loaded = P.channel.id; // the channel's history is on screen
    } catch (error) {
      if (poller !== controller) return;
      status("Lost the connection to the playground; retrying…", true);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

const HINTS = {
  text: "Marquee answers !commands, /commands, @Marquee mentions and replies here.",
  questions: "A question channel: Marquee answers every question it is sure about, no mention needed.",
  dm: "Your direct messages with Marquee: ask anything.",
};
function selectChannel(channel) {
  if (poller) poller.abort();
  poller = null;
  P.channel = channel;
  P.version = null;
  P.cache.clear();
  $("log").innerHTML = "";
  $("log").dataset.loaded = "";
  const kind = channel.dm ? "dm" : channel.id === P.state.questions_channel ? "questions" : "text";
  $("channel-title").textContent = channel.dm ? `@${channel.name}` : `# ${channel.name}`;
  $("channel-hint").textContent = HINTS[kind];
  for (const b of document.querySelectorAll("#channels button")) {
    if (b.dataset.channel === channel.id) b.setAttribute("aria-current", "page"); else b.removeAttribute("aria-current");
  }
  poll();
}
P.selectChannel = selectChannel;

async function sendMessage(text) {
  const form = new FormData();
  form.append("channel", P.channel.id);
  form.append("content", text);
  const file = $("file").files[0];
  if (file) form.append("file", file, file.name);
  await api("/api/send", form);
  $("file").value = "";
}

async function submit() {
  const box = $("message");
  const text = box.value;
  if (!text.trim() && !$("file").files.length) return;
  try {
    if (text.startsWith("/") && P.slash && P.slash.command(text)) await P.slash.run(text);
    else await sendMessage(text);
    box.value = "";
    status("");
    if (P.slash) P.slash.reset();
  } catch (error) {
    status(error.message, true);
  }
}

async function showSources(messageId, opener) {
  const data = await api(`/api/answer-sources?message=${messageId}`);
  const body = $("sources-body");
  if (!data.article) {
    body.innerHTML = "<p>No source article is recorded for this answer.</p>";
  } else {
    const a = data.article;
    const title = webUrl(a.url) ? `<a href="${esc(a.url)}" rel="noreferrer">${esc(a.title)}</a>` : esc(a.title);
    body.innerHTML = `<p><strong>${title}</strong><br>${esc(a.outlet)}${a.published ? ` · ${esc(a.published)}` : ""}</p>`
      + `<h3>Facts from this article</h3><ul>${data.facts.map((f) =>
        `<li class="${f.in_answer ? "used" : ""}"><span class="kind">${esc(f.kind)}</span> ${esc(f.text)}${f.in_answer ? " <em>(in this answer)</em>" : ""}</li>`).join("")}</ul>`;
  }
  $("sources").hidden = false;
  $("sources").dataset.opener = opener.id || "";
  P.sourcesOpener = opener;
  $("sources-title").focus();
}

function wire() {
  $("composer").addEventListener("submit", (e) => { e.preventDefault(); submit(); });
  $("message").addEventListener("keydown", (e) => {
    if (P.slash && P.slash.key(e)) return;
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); }
  });
  $("log").addEventListener("click", async (e) => {
    const button = e.target.closest("button");
    if (!button) return;
    try {
      if (button.dataset.click) await api("/api/click", { message: button.dataset.message, custom_id: button.dataset.click });
      if (button.dataset.sources) await showSources(button.dataset.sources, button);
    } catch (error) { status(error.message, true); }
  });
  $("sources-close").addEventListener("click", () => {
    $("sources").hidden = true;
    if (P.sourcesOpener && document.contains(P.sourcesOpener)) P.sourcesOpener.focus(); else $("message").focus();
  });
  $("admin").addEventListener("change", async (e) => {
    const { admin } = await api("/api/admin", { admin: e.target.checked });
    status(admin ? "You now have the Admins role (Manage Server)." : "You are a plain member now.");
  });
}

async function start() {
  wire();
  P.state = await api("/api/state");
  P.users[P.state.bot.id] = P.state.bot.name;
  P.users[P.state.you.id] = P.state.you.name;
  $("admin").checked = P.state.admin;
  $("channels").innerHTML = P.state.channels.map((c) =>
    `<li><button type="button" data-channel="${c.id}">${c.dm ? "@ " : "# "}${esc(c.name)}${c.dm ? " (DM)" : ""}</button></li>`).join("");
  $("channels").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-channel]");
    if (button) { selectChannel(P.state.channels.find((c) => c.id === button.dataset.channel)); $("message").focus(); }
  });
  selectChannel(P.state.channels[0]);
  document.body.dataset.ready = "true";
}
start().catch((error) => status(error.message, true));
