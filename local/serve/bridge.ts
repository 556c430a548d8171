// The browser half of the local `serve` command: a google.script.run that posts to /run, with Apps Script's rules.

/**
 * The bridge, as a script placed before the page's own. Like Apps Script's, it refuses Dates, functions and
 * DOM nodes as arguments (a form element is sent as its fields), passes `withUserObject` values back to the
 * handlers, and without a failure handler reports the error to the console as an uncaught one.
 */
export const BRIDGE_SCRIPT = `
(function () {
  'use strict';
  function formFields(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i += 1) {
      var e = form.elements[i];
      if (!e.name || ((e.type === 'radio' || e.type === 'checkbox') && !e.checked)) continue;
      out[e.name] = e.value;
    }
    return out;
  }
  function check(value, where) {
    if (value === null || value === undefined) return null;
    var t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return value;
    if (t === 'function') throw new Error('Invalid argument: ' + where + ' is a function.');
    if (value instanceof Date) throw new Error('Invalid argument: ' + where + ' is a Date; pass date.toISOString().');
    if (typeof HTMLFormElement !== 'undefined' && value instanceof HTMLFormElement) return formFields(value);
    if (typeof Node !== 'undefined' && value instanceof Node) throw new Error('Invalid argument: ' + where + ' is a DOM element.');
    if (Array.isArray(value)) return value.map(function (v, i) { return check(v, where + '[' + i + ']'); });
    var out = {};
    Object.keys(value).forEach(function (k) { if (value[k] !== undefined) out[k] = check(value[k], where + '.' + k); });
    return out;
  }
  function report(failure, error, userObject) {
    if (failure) failure(error, userObject);
    else setTimeout(function () { throw error; });
  }
  function call(name, args, success, failure, userObject) {
    var body;
    try {
      body = JSON.stringify({ fn: name, args: args.map(function (a, i) { return check(a, 'argument ' + (i + 1)); }) });
    } catch (error) {
      report(failure, error, userObject);
      return;
    }
    fetch('/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer.ok) { if (success) success(answer.value, userObject); }
        else report(failure, new Error(answer.message), userObject);
      })
      .catch(function (error) { report(failure, error, userObject); });
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (h) { return runner(h, failure, userObject); };
        if (name === 'withFailureHandler') return function (h) { return runner(success, h, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () { call(name, Array.prototype.slice.call(arguments), success, failure, userObject); };
      },
    });
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        close: function () { document.body.setAttribute('data-closed', 'true'); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} },
      },
    },
  };
})();
`;

/** Puts the bridge before any script of the page, so the page finds `google.script.run` ready. */
export function withBridge(html: string): string {
  const tag = `<script>${BRIDGE_SCRIPT}</script>`;
  const head = html.indexOf('</head>');
  if (head >= 0) return `${html.slice(0, head)}${tag}\n${html.slice(head)}`;
  return `${tag}\n${html}`;
}
