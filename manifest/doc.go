// Package manifest decodes request manifests, the YAML and JSON files people keep in
// their repositories, into the JSON bodies a client would send, so that the resource
// packages can judge them with their bytes entry points and point errors back into
// the file.
//
// A manifest holds one or more documents. YAML documents are separated by "---"
// lines; a JSON file holds one JSON value. Each [Document] carries the JSON a client
// would send for it, where it starts, its top-level kind, apiVersion and keys, and
// the line and column of every value, which [Document.Position] finds by wire path
// ("metadata.annotations[namespace.kubernetes.io/flavor]").
//
// # Conversion
//
// YAML is read with go.yaml.in/yaml/v3 into yaml.Node trees, never into interface{},
// and converted to JSON under the YAML 1.2 core schema. Documents written in a
// common block subset (block mappings and sequences of one-line scalars and flow
// collections, with comments) are read instead by a byte scanner that gives the
// same Document without building the tree, several times faster; anything else, or
// anything it is unsure of, goes to yaml/v3. The schema:
//
//   - null, Null, NULL, ~ and an empty value are null;
//   - true, True, TRUE, false, False, FALSE are booleans; on, yes, off and no are strings;
//   - [-+]?[0-9]+, 0o[0-7]+ and 0x[0-9a-fA-F]+ are integers, and
//     [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? floats, written as JSON
//     numbers as written where JSON can hold them (007 becomes 7, +1.5 becomes 1.5,
//     0x1F becomes 31); .inf and .nan are errors, since JSON has no such numbers;
//   - everything else, and every quoted or block scalar, is a string;
//   - the explicit tags !!str, !!int, !!float, !!bool, !!null, !!map, !!seq,
//     !!binary and !!timestamp are honoured; other tags are errors.
//
// Mapping keys must be strings (a key 123 or true is an error). A key given twice is
// accepted and the last value wins, as encoding/json does with JSON bodies. Anchors,
// aliases and merge keys ("<<") are refused: a request body has none, and refusing
// them before anything is expanded makes an alias bomb ("billion laughs") cost no
// more than its own size.
//
// A file that is a single JSON value is taken as it is: its JSON is the file itself,
// with encoding/json's semantics (duplicate keys, invalid UTF-8 inside strings), so a
// JSON manifest is judged exactly as the same bytes sent on the wire.
//
// # Limits
//
// Work is bounded: a whole input over the input limit (default [DefaultInputLimit])
// is refused before parsing, a document over the document limit (default
// [DefaultDocumentLimit]) is refused before parsing it, and nesting deeper than the
// depth limit (default [DefaultMaxDepth], encoding/json's own) is an error.
//
// A document that cannot become a request body (bad YAML syntax, an anchor, too
// large, too deep, a value JSON cannot hold) has Err set; [Check] reports it with the
// operation's invalid-body code. Empty documents and comment-only files are no
// documents at all.
package manifest
