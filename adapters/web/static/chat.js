// Wegwijzer web chat: sends questions and button presses to POST /api/chat and renders the replies.
(function () {
  "use strict";
  var log = document.getElementById("log");
  var form = document.getElementById("ask");
  var input = document.getElementById("text");
  var conversation = sessionStorage.getItem("wegwijzer-conversation") || "";
  var groups = {
    nl: { geld: "Geld", regels: "Regels", hulp: "Hulp en advies" },
    en: { geld: "Money", regels: "Rules", hulp: "Help and advice" }
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function show(reply) {
    var box = el("div", "msg bot");
    box.dataset.kind = reply.kind;
    box.appendChild(el("div", "text", reply.text));
    var last = "";
    var names = groups[reply.language] || groups.nl;
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
    if (reply.next_step) box.appendChild(el("div", "next", reply.next_step));
    if (reply.options && reply.options.length) {
      var opts = el("div", "options");
      reply.options.forEach(function (opt) {
        var b = el("button", "", opt.label);
        b.type = "button";
        b.addEventListener("click", function () { send({ option: opt.value }, opt.label); });
        opts.appendChild(b);
      });
      box.appendChild(opts);
    }
    log.appendChild(box);
    box.scrollIntoView({ block: "end" });
  }

  function send(body, echo) {
    log.appendChild(el("div", "msg me", echo));
    body.conversation = conversation;
    fetch("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (r) { return r.json(); }).then(function (reply) {
      if (reply.error) { show({ kind: "info", text: reply.error }); return; }
      if (reply.conversation) {
        conversation = reply.conversation;
        sessionStorage.setItem("wegwijzer-conversation", conversation);
      }
      show(reply);
    }).catch(function () {
      show({ kind: "info", text: "Er ging iets mis met de verbinding. Probeer het opnieuw." });
    });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text: text }, text);
  });

  show({ kind: "info", text: "Hoi! Ik ben Wegwijzer. Stel je vraag over je bedrijf, bijvoorbeeld over verduurzamen, personeel of financiering." });
})();
