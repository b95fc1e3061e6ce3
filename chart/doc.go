// Package chart checks Helm chart packages and CCI's chart requests on the
// client, as CCI checks them (cci-rules.md §7): a package alone
// ([ValidatePackage], [Inspect]), an upload or update of a multipart request
// ([ValidateUpload], [ValidateUpdate] and their body variants), a get,
// download or delete by chart ID, and the add-on and readme rules.
//
// # Packages
//
// A package is checked in one streaming pass, and the verdict is the lowest
// broken rule, whatever order the archive's entries come in:
//
//	1  larger than 2 MiB (exactly 2 MiB passes)              CCI.04.400304
//	2  file name not ending in ".tgz", or none                CCI.04.400118
//	3  empty file                                             CCI.04.400119
//	4  not a gzip'd tar; truncated or corrupt (CRC-32 and
//	   length checked); an absolute, "..", drive-letter or
//	   backslashed entry name; entries not all in one
//	   top-level directory; a link, device or FIFO; more
//	   than 1,000 entries; a file over 5 MiB inflated or
//	   more than 20 MiB inflated in all; more than 100
//	   YAML aliases in a file or nesting deeper than 64      CCI.04.400306
//	5  no Chart.yaml in the top-level directory              CCI.04.400119
//	6  Chart.yaml, values.yaml or requirements.yaml not
//	   valid YAML; Chart.yaml without name or version        CCI.04.400306
//	7  version not SemVer, or longer than 64                 CCI.04.400104
//	8  file name not {name}-{version}.tgz, or top-level
//	   directory not {name}                                  CCI.04.400121
//
// Nested charts (charts/*.tgz archives, streamed, and charts/<dir>/
// subcharts) are held to rules 4–7. The limits are [Option]s. A pax global
// header entry and a leading "./" on entry names are allowed. Templates are
// not parsed; YAML scalars are taken exactly as written ("1.10.0" stays
// "1.10.0").
//
// Gzip bombs are cheap to reject: a file whose header announces more than
// the per-file limit, or more than the budget left, is refused before it is
// inflated, and every inflated byte (tar headers and padding, nested
// archives' own) counts toward the one budget. Checking allocates a few
// hundred kilobytes whatever the package holds, plus what parsing its YAML
// files takes.
//
// # Requests
//
// The request checks return a [validate.ErrorList] in the server's order:
// the chart ID (path parameter "chart_id"), then the multipart body, then the
// package, then the context rules of a [Context] given with [WithContext].
package chart
