// Wegwijzer web chat: sends questions and button presses to POST /api/chat and renders the replies. The
// conversation as shown is kept in sessionStorage, so a reload (or a page change on the site that embeds the chat)
// shows it again; it is gone when the tab closes. The server keeps only scrubbed questions, so it could not give
// the conversation back as the person saw it.
(function () {
  "use strict";
  var chat = document.getElementById("chat");
  var log = document.getElementById("log");
  var form = document.getElementById("ask");
  var input = document.getElementById("text");
  var submit = form.querySelector("button[type=submit]");
  var lang = document.documentElement.lang === "en" ? "en" : "nl";
  var community = chat.dataset.community || "";
  var storeKey = "wegwijzer-chat:" + community;
  var maxEntries = 60;
  // While a hand-off waits, the chat asks every pollEvery ms whether the community manager answered (POST
  // /api/chat/updates), for as long as the server keeps the conversation.
  var pollEvery = 20000;
  var pollFor = 24 * 3600 * 1000;

  var texts = {
    nl: {
      welcome: "Hoi! Ik ben Wegwijzer. Stel je vraag over je bedrijf, bijvoorbeeld over verduurzamen, personeel of financiering.",
      typing: "Wegwijzer zoekt een antwoord",
      offline: "Er ging iets mis met de verbinding. Probeer het opnieuw.",
      busy: "Je stelt veel vragen achter elkaar. Probeer het over {s} seconden opnieuw.",
      failed: "Dat lukte niet. Probeer het opnieuw, of typ \"opnieuw\" om opnieuw te beginnen.",
      tooBig: "Je bericht is te lang om te versturen. Maak het korter en probeer het opnieuw: het staat nog in het invoerveld.",
      groups: { geld: "Geld", regels: "Regels", hulp: "Hulp en advies" }
    },
    en: {
      welcome: "Hi! I am Wegwijzer. Ask your question about your business, for example about sustainability, staff or finance.",
      typing: "Wegwijzer is looking for an answer",
      offline: "Something went wrong with the connection. Please try again.",
      busy: "You are asking many questions in a row. Please try again in {s} seconds.",
      failed: "That did not work. Please try again, or type \"restart\" to start over.",
      tooBig: "Your message is too long to send. Make it shorter and try again: it is still in the input field.",
      groups: { geld: "Money", regels: "Rules", hulp: "Help and advice" }
    }
  };

  var state = load();
  var waiting = false;

  function load() {
    try {
      var s = JSON.parse(sessionStorage.getItem(storeKey) || "null");
      if (s && Array.isArray(s.entries)) return s;
    } catch (e) { /* a broken or missing entry starts a new conversation */ }
    return { conversation: "", entries: [] };
  }

  function save() {
    state.entries = state.entries.slice(-maxEntries);
    try { sessionStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* storage full or off */ }
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // linked appends text to parent with every https:// or http:// address as a link.
  function linked(parent, text) {
    var re = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g, at = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > at) parent.appendChild(document.createTextNode(text.slice(at, m.index)));
      var a = el("a", "", m[0]);
      a.href = m[0]; a.target = "_blank"; a.rel = "noopener noreferrer";
      parent.appendChild(a);
      at = m.index + m[0].length;
    }
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  // brand applies the embedding site's colour, with text in white or near-black, whichever reads better on it.
  function brand(hex) {
    if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) return;
    if (hex.length === 4) hex = "#" + hex[1] + hex[1] + hex[2] + hex[2] + hex[3] + hex[3];
    var lum = function (h) {
      var c = [1, 3, 5].map(function (i) {
        var v = parseInt(h.substr(i, 2), 16) / 255;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    var l = lum(hex), dark = lum("#1d2733");
    var onBrand = (1.05 / (l + 0.05)) >= ((l + 0.05) / (dark + 0.05)) ? "#ffffff" : "#1d2733";
    document.documentElement.style.setProperty("--brand", hex);
    document.documentElement.style.setProperty("--on-brand", onBrand);
  }

  // scrollTo shows box in the log: its end, or its start when it is taller than the log.
  function scrollTo(box) {
    var b = box.getBoundingClientRect(), l = log.getBoundingClientRect();
    log.scrollTop += b.height > l.height ? b.top - l.top : b.bottom - l.bottom;
  }

  function showMe(text) {
    var box = el("div", "msg me", text);
    log.appendChild(box);
    scrollTo(box);
  }

  // showBot renders a reply; entry is its place in the stored conversation (null for messages not kept).
  function showBot(reply, entry) {
    var box = el("div", "msg bot");
    box.dataset.kind = reply.kind;
    box.tabIndex = -1;
    linked(box.appendChild(el("div", "text")), reply.text || "");
    var last = "";
    var names = (texts[reply.language] || texts[lang]).groups;
    (reply.offers || []).forEach(function (o) {
      if (o.group && o.group !== last) {
        box.appendChild(el("div", "group", names[o.group] || o.group));
        last = o.group;
      }
      // A card: the title with its link and provider, what you get, why it fits, the status in words.
      var item = el("div", "offer card");
      item.dataset.id = o.id || "";
      var title = el("div", "title");
      var a = el("a", "", o.title);
      a.href = o.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      title.appendChild(a);
      if (o.provider) title.appendChild(el("span", "provider", " · " + o.provider));
      item.appendChild(title);
      if (o.pitch) item.appendChild(el("div", "pitch", o.pitch));
      else if (o.why) item.appendChild(el("div", "why", o.why));
      if (o.fit) {
        var almost = /^(Bijna|Almost):/.test(o.fit);
        item.appendChild(el("div", almost ? "fit almost" : "fit", o.fit));
      }
      if (o.status_text) {
        var closed = o.status === "gesloten";
        item.appendChild(el("div", closed ? "status closed" : "status", o.status_text));
      }
      box.appendChild(item);
    });
    if (reply.next_step) linked(box.appendChild(el("div", "next")), reply.next_step);
    if (reply.options && reply.options.length) {
      var opts = el("div", "options");
      reply.options.forEach(function (opt) {
        var b = el("button", "", opt.label);
        b.type = "button";
        b.dataset.value = opt.value;
        if (entry && entry.chosen === opt.value) b.classList.add("chosen");
        b.addEventListener("click", function () {
          if (waiting || b.disabled) return;
          b.classList.add("chosen");
          if (entry) entry.chosen = opt.value;
          send({ option: opt.value }, opt.label, true);
        });
        opts.appendChild(b);
      });
      box.appendChild(opts);
    }
    log.appendChild(box);
    scrollTo(box);
    return box;
  }

  // settle disables the buttons of every reply but the newest, and of the newest once one was pressed: a button
  // answers one question once.
  function settle() {
    var boxes = log.querySelectorAll(".msg.bot");
    boxes.forEach(function (box, i) {
      var used = box.querySelector(".options .chosen") !== null;
      box.querySelectorAll(".options button").forEach(function (b) {
        b.disabled = waiting || used || i < boxes.length - 1;
        b.setAttribute("aria-pressed", b.classList.contains("chosen") ? "true" : "false");
      });
    });
  }

  function setWaiting(on) {
    waiting = on;
    input.disabled = on;
    submit.disabled = on;
    chat.setAttribute("aria-busy", on ? "true" : "false");
    var t = log.querySelector(".typing");
    if (on && !t) {
      t = el("div", "msg bot typing");
      t.appendChild(el("span", "visually-hidden", texts[lang].typing));
      for (var i = 0; i < 3; i++) t.appendChild(el("span", "dot"));
      log.appendChild(t);
      scrollTo(t);
    } else if (!on && t) {
      t.remove();
    }
    settle();
  }

  function send(body, echo, pressed) {
    if (waiting) return;
    showMe(echo);
    state.entries.push({ me: echo });
    save();
    setWaiting(true);
    body.conversation = state.conversation;
    if (community) body.community = community;
    fetch("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (reply) {
        if (r.status === 429) {
          var s = r.headers.get("Retry-After") || "60";
          return { kind: "info", text: texts[lang].busy.replace("{s}", s), error: true };
        }
        if (r.status === 413) return { kind: "info", text: texts[lang].tooBig, error: true };
        if (!reply.kind) return { kind: "info", text: texts[lang].failed, error: true };
        // A reply that says the turn failed (503: the store is down) is shown; the question was not answered.
        if (!r.ok) reply.unanswered = true;
        return reply;
      });
    }, function () {
      return { kind: "info", text: texts[lang].offline, error: true };
    }).then(function (reply) {
      setWaiting(false);
      // A typed question that was not answered goes back into the input, so that trying again is one press (and
      // a long one need not be typed again), unless something new was typed meanwhile.
      if ((reply.error || reply.unanswered) && !pressed && body.text && !input.value) input.value = body.text;
      delete reply.unanswered;
      var erased = reply.erased === true;
      if (erased) {
        // "vergeet mij": the server has forgotten this person; the tab forgets the conversation it shows too.
        state = { conversation: "", entries: [] };
        log.replaceChildren();
        reply = { kind: reply.kind, text: reply.text, language: reply.language };
      }
      if (reply.conversation) state.conversation = reply.conversation;
      if (reply.kind === "handoff") state.handoffSince = Date.now();
      var entry = null;
      if (!reply.error && !erased) {
        entry = { bot: reply };
        state.entries.push(entry);
      }
      save();
      var box = showBot(reply, entry);
      if (reply.error) box.classList.add("error");
      settle();
      // After a button the focus goes to the new reply (the pressed button is now disabled); after typing it
      // stays in the input. The log's live region reads the reply out either way.
      if (pressed) box.focus({ preventScroll: true });
      else input.focus({ preventScroll: true });
    });
  }

  // A community manager's answer to a hand-off, shown as it arrives.
  function poll() {
    if (!state.conversation || !state.handoffSince || Date.now() - state.handoffSince > pollFor) return;
    if (waiting || document.hidden) return;
    var body = { conversation: state.conversation };
    fetch("/api/chat/updates", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (r) {
      if (r.status !== 200) return null;
      return r.json().catch(function () { return null; });
    }, function () { return null; }).then(function (reply) {
      if (!reply || !reply.kind || reply.conversation !== state.conversation) return;
      var entry = { bot: reply };
      state.entries.push(entry);
      save();
      showBot(reply, entry);
      settle();
    });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = input.value.trim();
    if (!text || waiting) return;
    input.value = "";
    send({ text: text }, text, false);
  });

  // In the widget's iframe: the input has the focus when the chat opens, and Escape asks the widget to close it.
  if (document.body.classList.contains("embed")) {
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && window.parent !== window) window.parent.postMessage({ wegwijzer: "close" }, "*");
    });
    window.addEventListener("load", function () { input.focus(); });
  }

  brand(chat.dataset.color || "");
  showBot({ kind: "info", text: texts[lang].welcome }, null);
  state.entries.forEach(function (e) {
    if (e.me) showMe(e.me);
    else if (e.bot) showBot(e.bot, e);
  });
  settle();
  var lastBox = log.lastElementChild;
  if (lastBox) scrollTo(lastBox);
  poll();
  window.setInterval(poll, pollEvery);
  document.addEventListener("visibilitychange", poll);
})();
