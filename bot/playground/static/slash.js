/* Slash commands in the message box: "/" lists the bot's commands, options get the bot's autocomplete. */
"use strict";
(() => {
  const P = window.Playground;
  const box = document.getElementById("message");
  const list = document.getElementById("suggestions");
  const help = document.getElementById("command-help");
  const count = document.getElementById("suggestion-count");
  const ATTACHMENT = 11;
  let items = [];
  let active = 0;
  let suppressed = null;
  let request = 0;
  let timer = null;

  function esc(text) {
    return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  /* The commands Discord would offer here: server-only ones are not listed in the DM. */
  function commands() {
    return ((P.state && P.state.commands) || []).filter((c) => !(P.channel && P.channel.dm && c.guild_only));
  }

  /* {cmd, options, focused, named} for "/name [sub] value" or "/name opt: value opt2: value". */
  function parse(text) {
    const body = text.slice(1);
    const cmd = commands().filter((c) => body === c.name || body.startsWith(`${c.name} `))
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (!cmd) return { cmd: null, typed: body };
    const rest = body.slice(cmd.name.length + 1);
    const typed = cmd.options.filter((o) => o.type !== ATTACHMENT);
    const names = typed.map((o) => o.name).join("|");
    const options = {};
    let focused = typed.length ? typed[0].name : null;
    const named = names && new RegExp(`(?:^|\\s)(${names}):`).test(rest);
    if (named) {
      const parts = rest.split(new RegExp(`(?:^|\\s)(${names}):\\s*`));
      for (let i = 1; i < parts.length; i += 2) { options[parts[i]] = parts[i + 1]; focused = parts[i]; }
    } else if (focused && rest.length) {
      options[focused] = rest;
    }
    return { cmd, options, focused: focused && cmd.options.find((o) => o.name === focused), named, rest };
  }

  function close() {
    items = [];
    list.hidden = true;
    list.innerHTML = "";
    count.textContent = "";
    box.removeAttribute("aria-activedescendant");
  }

  function show(entries) {
    items = entries;
    active = 0;
    if (!entries.length) { close(); return; }
    list.innerHTML = entries.map((e, i) =>
      `<li id="suggestion-${i}" role="option" aria-selected="${i === active}" data-index="${i}"><span class="label">${esc(e.label)}</span>${e.desc ? ` <span class="desc">${esc(e.desc)}</span>` : ""}</li>`).join("");
    list.hidden = false;
    count.textContent = `${entries.length} suggestion${entries.length === 1 ? "" : "s"}: arrow keys move, Enter picks`;
    box.setAttribute("aria-activedescendant", "suggestion-0");
  }

  function move(step) {
    active = (active + step + items.length) % items.length;
    for (const li of list.children) li.setAttribute("aria-selected", String(Number(li.dataset.index) === active));
    box.setAttribute("aria-activedescendant", `suggestion-${active}`);
    list.children[active].scrollIntoView({ block: "nearest" });
  }

  function pick(index) {
    const item = items[index];
    if (!item) return;
    box.value = item.value;
    suppressed = box.value;
    close();
    describe(parse(box.value));
    box.focus();
  }

  function describe(parsed) {
    if (!parsed.cmd) { help.hidden = true; return; }
    const opts = parsed.cmd.options.map((o) => `${o.required ? "" : "["}${o.name}${o.type === ATTACHMENT ? " (attach a file)" : ""}${o.required ? "" : "]"}`);
    help.innerHTML = `<strong>/${esc(parsed.cmd.name)}</strong> ${esc(opts.join(" "))}<span class="desc">${esc(parsed.cmd.description)}</span>`;
    help.hidden = false;
  }

  function withValue(parsed, value) {
    if (!parsed.named) return `/${parsed.cmd.name} ${value}`;
    const cut = box.value.lastIndexOf(`${parsed.focused.name}:`);
    return `${box.value.slice(0, cut)}${parsed.focused.name}: ${value}`;
  }

  async function complete(parsed) {
    const mine = ++request;
    const typed = box.value;
    const options = { ...parsed.options, [parsed.focused.name]: parsed.options[parsed.focused.name] || "" };
    try {
      const data = await P.api("/api/autocomplete", {
        channel: P.channel.id, command: parsed.cmd.name, options, focused: parsed.focused.name,
      });
      if (mine !== request || box.value !== typed) return;
      const current = (parsed.options[parsed.focused.name] || "").trim();
      const choices = data.choices.filter((c) => String(c.value) !== current);
      show(choices.map((c) => ({ label: c.name, value: withValue(parsed, c.value) })));
    } catch (error) {
      P.status(error.message, true);
    }
  }

  function update() {
    clearTimeout(timer);
    const text = box.value;
    if (!text.startsWith("/") || text === suppressed) { close(); if (!text.startsWith("/")) help.hidden = true; return; }
    suppressed = null;
    const parsed = parse(text);
    describe(parsed);
    if (!parsed.cmd) {
      const typed = parsed.typed.toLowerCase();
      // Every command that fits, as Discord's own picker lists them (scrolling): the 25-choice cap is
      // Discord's limit on an option's autocomplete answers, not on the command list.
      show(commands().filter((c) => c.name.startsWith(typed))
        .map((c) => ({ label: `/${c.name}`, desc: c.description, value: `/${c.name} ` })));
      return;
    }
    const focused = parsed.focused;
    if (focused && focused.autocomplete) { timer = setTimeout(() => complete(parsed), 120); return; }
    if (focused && focused.choices.length) {
      const typed = (parsed.options[focused.name] || "").toLowerCase();
      show(focused.choices.filter((c) => c.toLowerCase().startsWith(typed) && c.toLowerCase() !== typed)
        .map((c) => ({ label: c, value: withValue(parsed, c) })));
      return;
    }
    close();
  }

  box.addEventListener("input", update);
  list.addEventListener("mousedown", (e) => {
    const li = e.target.closest("li");
    if (li) { e.preventDefault(); pick(Number(li.dataset.index)); }
  });

  P.slash = {
    /* Keys while the list is open: arrows move, Enter/Tab pick, Escape closes. True when handled. */
    key(e) {
      if (list.hidden || !items.length) return false;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") { e.preventDefault(); move(e.key === "ArrowDown" ? 1 : -1); return true; }
      if ((e.key === "Enter" || e.key === "Tab") && !e.shiftKey) { e.preventDefault(); pick(active); return true; }
      if (e.key === "Escape") { e.preventDefault(); close(); return true; }
      return false;
    },
    command(text) { return Boolean(parse(text).cmd); },
    async run(text) {
      const parsed = parse(text);
      const options = {};
      for (const [name, value] of Object.entries(parsed.options)) options[name] = value.trim();
      const file = document.getElementById("file").files[0];
      const form = new FormData();
      form.append("channel", P.channel.id);
      form.append("command", parsed.cmd.name);
      form.append("options", JSON.stringify(options));
      if (file) form.append("file", file, file.name);
      await P.api("/api/command", form);
      document.getElementById("file").value = "";
    },
    reset() { clearTimeout(timer); request++; suppressed = null; close(); help.hidden = true; },
  };
})();
