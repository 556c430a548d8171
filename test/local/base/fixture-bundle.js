// A stand-in for build/Code.js: runs a test's closure with this execution's globals, as bundle code would.
// biome-ignore lint/correctness/noUnusedVariables: a global the local runtime calls by name.
function invoke(fn) {
  return fn(globalThis);
}
