/*
 * The SPARQL editor page: starts YASGUI on #yasgui with what data-config gives (endpoint, prefixes, the ontology's
 * classes and properties, the query to show), and makes the gallery fill the editor.
 *
 * YASQE's own completion asks outside services (prefix.cc for prefixes, Linked Open Vocabularies for classes and
 * properties); it is replaced here by completion from the lists the page carries, so the editor talks to this
 * server only.
 */
(function () {
  "use strict";

  var root = document.getElementById("yasgui");
  if (!root || typeof window.Yasgui === "undefined") {
    return;
  }
  var config = JSON.parse(root.getAttribute("data-config"));
  var Yasqe = window.Yasgui.Yasqe;

  var prefixLines = Object.keys(config.prefixes).map(function (prefix) {
    return prefix + ": <" + config.prefixes[prefix] + ">";
  });
  function fixed(list) {
    return function () {
      return Promise.resolve(list);
    };
  }
  Yasqe.forkAutocompleter("prefixes", { name: "unkgPrefixes", persistenceId: null, get: fixed(prefixLines) }, false);
  Yasqe.forkAutocompleter("class", { name: "unkgClasses", bulk: true, persistenceId: null, get: fixed(config.classes) }, false);
  Yasqe.forkAutocompleter("property", { name: "unkgProperties", bulk: true, persistenceId: null, get: fixed(config.properties) }, false);
  Yasqe.defaults.autocompleters = ["variables", "unkgPrefixes", "unkgClasses", "unkgProperties"];

  var yasgui = new window.Yasgui(root, {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    populateFromUrl: false,
    autofocus: false,
    persistenceId: "unkg-sparql",
    endpointCatalogueOptions: {
      getData: function () {
        return [{ endpoint: config.endpoint }];
      },
      keys: []
    },
    yasqe: { value: config.defaultQuery }
  });

  /* Puts a query into the current tab, unless the reader has changed that tab's query: then into a new tab. */
  function show(query, name) {
    var tab = yasgui.getTab();
    var current = tab ? tab.getQuery() : "";
    if (tab && (current === config.defaultQuery || current.trim() === "" || isExample(current))) {
      tab.setQuery(query);
      if (name) {
        tab.setName(name);
      }
    } else {
      yasgui.addTab(true, { yasqe: { value: query }, name: name || undefined });
    }
  }

  var buttons = Array.prototype.slice.call(document.querySelectorAll("button.example"));
  function isExample(query) {
    return buttons.some(function (b) {
      return b.getAttribute("data-query") === query;
    });
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      buttons.forEach(function (b) {
        b.parentNode.classList.toggle("current", b === button);
        b.setAttribute("aria-pressed", b === button ? "true" : "false");
      });
      show(button.getAttribute("data-query"), button.getAttribute("data-name"));
      root.scrollIntoView({ block: "nearest" });
    });
  });

  if (config.query) {
    show(config.query, null);
  }
  window.unkgYasgui = yasgui;
})();
