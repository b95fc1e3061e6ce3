// Package validate is ccicheck's error model: the catalogue of every CCI error code,
// the [Error] a rule returns, the [ErrorList] of every broken rule, and the Kubernetes
// [Status] body CCI sends with each rejection.
//
// # The catalogue
//
// Every code of CCI's error table is a [Code] constant named for the failure it
// reports ([ReleaseNameInvalid] is "CCI.04.400203"). Its [Entry] holds the HTTP
// status, the Kubernetes reason, the server's literal message (byte for byte, typos
// and full-width punctuation included) and the table's English description. The
// catalogue is generated from the table (go generate; see catalog.go) and tested
// against it, so it is the one place where codes, statuses, reasons and messages are
// written.
//
// # Errors
//
// A rule that breaks returns an [*Error]: a Code, the wire path of the offending
// field ("metadata.annotations[namespace.kubernetes.io/flavor]") and a Detail for
// people. Programs branch on the code, never on text:
//
//	if validate.CodeOf(err) == validate.NamespaceNameInvalid.String() { ... }
//	if errors.Is(err, validate.ErrConflict) { ... }
//	var e *validate.Error
//	if errors.As(err, &e) { log.Print(e.Code, e.Field) }
//
// The same calls work on a real server's answer turned into an error by
// [FromResponse], so a program handles ccicheck's pre-flight rejection and CCI's own
// in one place.
//
// # Status bodies
//
// [StatusOf] builds the body CCI would send for an error, with one
// details.causes entry per broken rule; [ParseStatus] reads one back.
package validate
