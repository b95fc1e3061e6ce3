/*
Ccicheck checks CCI request manifests and chart packages against the rules of
Huawei Cloud CCI's server, the way a CI pipeline runs it before anything is
deployed.

Usage:

	ccicheck [flags] PATH...

A PATH is a file, a directory or - for standard input (read only when asked).
Directories are walked recursively in lexical order, reading only .yaml, .yml,
.json and .tgz files (the extension in any case); files and directories whose
names start with a dot (.git, .github) are not walked into. Files named on the
command line are read whatever their name.

Each document is judged on its own. YAML files may hold several documents
("---"); a JSON file holds one value or a stream of values. Each document (at
most 1 MiB; a larger one is an invalid body, read as a stream without holding
it) is decoded by package manifest and checked by the request package of its
kind. The kind comes from the content:

	kind: Namespace                         Namespace (CCI 1.0 create)
	kind: Namespace, apiVersion: cci/v2     NamespaceV2 (also apiVersion cci/v2 without kind)
	kind: Network                           Network (also apiVersion networking.cci.io/v1beta1 without kind)
	kind: PersistentVolumeClaim or
	      ExtendedPersistentVolumeClaim     VolumeImport
	an object with "action"                 ReleaseUpdate (the release is named by "name")
	an object with "chart_id"               ReleaseCreate
	a .tgz file, or gzip content            ChartPackage (judged as an upload of it)

--kind forces one kind for every input. Networks and volume imports are
created in the namespace --namespace names (metadata.namespace must then equal
it); without it, in their metadata.namespace, or "default" when that is absent.

Flags:

	-o, --output FORMAT    text (default), json, junit or sarif
	--kind KIND            check every document as KIND: Namespace, NamespaceV2,
	                       Network, VolumeImport, ChartPackage, ReleaseCreate,
	                       ReleaseUpdate (any case)
	--context FILE         what is known about the account (see below)
	--namespace NS         the namespace networks and volumes are created in
	--ignore GLOB          skip files and directories whose path or base name
	                       matches GLOB (path/filepath.Match; repeatable)
	-j N                   check N files in parallel (default: the CPU count);
	                       the report keeps the input order
	--allow-empty          accept input without any document
	--stdin-filename NAME  the file name of a chart package read from stdin
	--version              print the version
	--list-codes           print the catalogue of CCI codes; with -o json an array
	                       of {errorCode, code, reason, message, description,
	                       checked}, checked one of request, opt-in, context,
	                       server-only

Flags may also follow paths; "--" ends them.

# Context file

The --context file is YAML; every key is optional, and an absent key means
"not known": the rules that need it are not applied. Unknown keys are errors.

	actions: ["cci:namespace:*", "cci:namespaceSubResource:create"]
	                        # granted IAM actions ('*' wildcards); [] grants none:
	                        # CCI.01.403105-403114
	gpuBeta: false          # GPU beta access: CCI.01.403101
	obsBeta: true           # OBS beta access: CCI.01.403102
	namespaces: [team-a]    # existing namespaces: CCI.02.409101
	namespaceQuota:         # CCI.02.400106
	  used: 5               # default: the number of namespaces listed
	  limit: 5              # default 5
	vpc:                    # the VPC networks attach to: CCI.01.400201
	  cidr: 192.168.0.0/16
	  subnets: [192.168.0.0/24]
	volumes:                # volume inventory, ID: available | unavailable | imported
	  4f3e2d1c-0b9a-4877-a665-544332211009: available   # CCI.01.400306, 400305, 400309
	releases:               # releases of the cluster, name: status ("" unknown)
	  web: DEPLOYED         # CCI.04.409213, 404204, 403131
	deprecatedChartVersions:
	  9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f: ["0.9.0"]   # chart ID: versions; CCI.04.403126
	charts: [web]           # charts already uploaded: CCI.04.409112
	officialCharts: [nginx] # official chart names: CCI.04.409123

Every document is checked against the same context: documents do not see each
other (two creates of one new namespace both pass).

# Output

Text: one line per error, "path:line:col: CODE detail" (1-based; the column
counts bytes; the position of the offending value, or of its parent when the
field is missing; no line and column for a .tgz, whose lines end with the
field in parentheses), "path: error: ..." for an input that could not be
checked, then a summary line. Colour only on a terminal, and not with
NO_COLOR set or TERM=dumb.

JSON:

	{"files": [{"path": "ns.yaml", "documents": [{"index": 0, "kind": "Namespace", "valid": false,
	  "errors": [{"errorCode": "CCI.02.400109", "code": 400, "reason": "BadRequest",
	    "message": "<the server's message>", "field": "metadata.name", "detail": "...",
	    "line": 3, "column": 9}]}]}],
	 "summary": {"files": 1, "documents": 1, "valid": 0, "invalid": 1}}

path is as given ("-" for standard input), errors is [] for a valid
document, line and column are left out when unknown, kind is one of the kinds
above or Unknown. An input that could not be read or classified is a document
with "valid": false and an "error" string instead of "errors".

JUnit: a <testsuite> per file, a <testcase> per document; a <failure> lists a
document's errors, an <error> an input that could not be checked.

SARIF 2.1.0: one run, one rule per CCI code of the catalogue (id the code,
help its description), one result per error with its physical location
(columns in Unicode code points); inputs that could not be checked are tool
execution notifications.

# Exit status

	0  every document is valid
	1  some document breaks a rule
	2  usage error: bad flags, no path, unusable --context file
	3  an input could not be read, is not YAML, JSON or a .tgz, cannot be
	   classified, is empty (unless --allow-empty), or a path holds no
	   candidate file; 3 wins over 1

An empty .tgz is a chart package rule (CCI.04.400119, status 1), not empty
input.
*/
package main
