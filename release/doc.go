// Package release checks Helm release requests to CCI (the CCE template API that
// CCI shares) before they are sent, as cci-rules.md §8 specifies: create,
// update (upgrade or rollback), get and delete, given as typed structs or as
// the JSON bytes of the body.
//
// Every Validate function returns a [validate.ErrorList] with every broken rule
// in the order the server checks them (its first error is the one the server
// answers with), or nil when the request passes. Field paths are the wire names:
// name, chart_id, version, namespace, values, action, parameters.release_version.
//
// # Create
//
// POST /cce/cam/v3/clusters/{cluster_id}/releases, checked in this order:
//
//  1. The body: not a JSON object, larger than the limit ([WithBodyLimit]), or a
//     value of the wrong JSON type (then the only error); values missing, null
//     or not an object; namespace missing or not a DNS label →
//     CCI.04.400302 (UnmarshalFailed).
//  2. name: empty → CCI.04.400201; longer than 24 bytes → CCI.04.400202; not a
//     letter first, a letter or digit last, letters, digits, '_' or '-' between
//     → CCI.04.400203. Both '_' and '-' are accepted: CCI's tables disagree.
//  3. chart_id: empty → CCI.04.400105; longer than 64 bytes → CCI.04.400112;
//     not letters, digits, '-' and '_' starting and ending with a letter or
//     digit → CCI.04.400113.
//  4. version: not SemVer 2.0.0, or longer than 64 bytes → CCI.04.400104.
//  5. Context ([WithContext]): the name is taken in the cluster →
//     CCI.04.409213; the chart version is deprecated → CCI.04.403126.
//
// # Update
//
// PUT .../namespace/{ns}/releases/{name}, checked in this order: the name in
// the path (step 2 above); the body (not a JSON object, too large, or a wrong
// type → CCI.04.400302, after which no body field is checked); action not
// "upgrade" or "rollback" → CCI.04.400214; chart_id (required for an upgrade;
// for a rollback, or an invalid action, checked only when given) as step 3;
// version, when given, as step 4; for a rollback,
// parameters.release_version missing, null or not a positive integer →
// CCI.04.400218 (a JSON string such as "3" is a wrong type, CCI.04.400302);
// values, when given and not null, not a JSON object → CCI.04.400302. Then the
// context: the release does not exist → CCI.04.404204; its status is neither
// DEPLOYED nor FAILED → CCI.04.403131.
//
// A positive integer is written as digits only, without sign, leading zero,
// fraction or exponent, and is at most 9223372036854775807 (Helm's revision is
// a Go int): 1 passes; 0, -1, 1.5, 1e3 and 1.0 do not.
//
// # Get and delete
//
// The name in the path (step 2 above), then the context: the release does not
// exist → CCI.04.404204.
//
// # Decoding
//
// The JSON entry points decode the body as the server's Go code does, with
// encoding/json: duplicate keys are accepted and the last one wins, invalid
// UTF-8 inside strings is accepted (and is not a valid release name), nesting
// is bounded by encoding/json's limit of 10,000, unknown fields are ignored,
// and null is the same as a missing field (except for values in a create,
// which must be an object). A body larger than the limit is refused before any
// decoding, so the work is bounded by the limit.
//
// # Typed requests
//
// [CreateRequest] and [UpdateRequest] mirror the wire JSON. Values is an
// [encoding/json.RawMessage], so that a missing (nil), null and non-object
// value can be told apart; a typed request's values must also be valid JSON.
// [Parameters.ReleaseVersion] is an [encoding/json.Number], the number's JSON
// text; text that is not a JSON number could not be sent as a number and is
// reported as a wrong type (CCI.04.400302). The typed entry points allocate
// nothing for a valid request, with or without options.
//
// # Manifests
//
// [ValidateCreateManifest] and [ValidateUpdateManifest] judge YAML or JSON
// files of request bodies, one per document, through package manifest (YAML
// 1.2 core schema, anchors and aliases refused as invalid bodies), so that
// each error can be placed with [manifest.Document.Position]. An update
// document names its release in a top-level "name" field.
//
// # Context
//
// What only the caller can know (the releases in the cluster with their
// statuses, the deprecated chart versions) is given as a [Context] with
// [WithContext]; a nil field means the rules that need it are not applied.
// Releases have no permission codes (cci-rules.md §9), so no IAM actions are
// checked.
package release
