// factwire workbench: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Article view: show every record under the pointer (innermost first) in one box.
  const text = document.querySelector(".article-text");
  const box = document.getElementById("inspector");
  if (text && box) {
    const show = (mark, x, y) => {
      const rows = [];
      for (let m = mark; m && m !== text; m = m.parentElement) {
        if (m.tagName === "MARK" && m.title) {
          const row = document.createElement("div");
          const kind = document.createElement("b");
          kind.textContent = m.dataset.kind;
          row.append(kind, document.createElement("br"), m.title);
          rows.push(row);
        }
      }
      if (!rows.length) { box.hidden = true; return; }
      box.replaceChildren(...rows);
      box.hidden = false;
      const w = box.offsetWidth, h = box.offsetHeight;
      box.style.left = Math.max(4, Math.min(x + 12, window.innerWidth - w - 4)) + "px";
      box.style.top = (y + 16 + h > window.innerHeight ? y - h - 10 : y + 16) + "px";
    };
    text.addEventListener("mousemove", (e) => {
      const mark = e.target.closest("mark");
      if (mark) show(mark, e.clientX, e.clientY); else box.hidden = true;
    });
    text.addEventListener("mouseleave", () => { box.hidden = true; });
    text.addEventListener("click", (e) => {  // touch screens: tap a highlight
      const mark = e.target.closest("mark");
      if (mark) show(mark, e.clientX, e.clientY);
    });
    document.addEventListener("scroll", () => { box.hidden = true; }, { passive: true });
  }

  // Legend checkboxes switch a kind of highlight on and off.
  document.querySelectorAll("[data-toggle-kind]").forEach((box) => {
    box.addEventListener("change", () => {
      text && text.classList.toggle("hide-" + box.dataset.toggleKind, !box.checked);
    });
  });

  // Pointing at an event or quote in the side panel lights up its highlight in the text.
  document.querySelectorAll("[data-points-at]").forEach((item) => {
    const [kind, id] = item.dataset.pointsAt.split(":");
    const marks = () => document.querySelectorAll(`mark[data-kind="${kind}"][data-id="${CSS.escape(id)}"]`);
    item.addEventListener("mouseenter", () => marks().forEach((m) => m.classList.add("active")));
    item.addEventListener("mouseleave", () => marks().forEach((m) => m.classList.remove("active")));
  });

  // Briefly flash the sentence an events row linked to.
  const flash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id && document.getElementById(id);
    if (el) {
      el.classList.add("flash");
      setTimeout(() => el.classList.remove("flash"), 2500);
    }
  };
  window.addEventListener("hashchange", flash);
  flash();
})();
