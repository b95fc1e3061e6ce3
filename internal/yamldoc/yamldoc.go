// Package yamldoc holds the line tests that cut a YAML stream into documents,
// shared by package manifest (which cuts a file in memory) and the command
// (which cuts a stream it reads a document at a time).
package yamldoc

import "bytes"

// IsMarker reports whether line starts with a document start marker "---". YAML
// forbids such a line inside any scalar, so a cut before it never falls inside a
// document.
func IsMarker(line []byte) bool {
	if !bytes.HasPrefix(line, []byte("---")) {
		return false
	}
	return len(line) == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r' || line[3] == '\n'
}

// HasContent reports whether line holds more than blanks, a comment, a directive
// or a document marker.
func HasContent(line []byte) bool {
	if len(line) > 0 && line[0] == '%' {
		return false
	}
	if IsMarker(line) || bytes.HasPrefix(line, []byte("...")) {
		line = line[3:]
	}
	line = bytes.TrimLeft(line, " \t\r\n")
	return len(line) > 0 && line[0] != '#'
}
