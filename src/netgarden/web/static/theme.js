// The theme chosen in the header's switch, set before the first paint (no flash of the other).
try { var t = localStorage.getItem("netgarden-theme"); if (t === "light" || t === "dark") { document.documentElement.dataset.theme = t; } } catch (e) { /* private mode */ }
