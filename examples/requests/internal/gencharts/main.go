// Command gencharts builds the chart packages of examples/requests from their
// text sources: every charts-src/*.txtar file is a txtar archive whose comment
// names the package to write ("output: charts/web-1.0.0.tgz", relative to
// examples/requests) and whose files are the package's entries, in order.
// Packages are reproducible: fixed modification times, owner and modes, no
// gzip timestamp. Run it from examples/requests (go generate does).
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// modTime is the modification time of every entry.
var modTime = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

func main() {
	sources, err := filepath.Glob("charts-src/*.txtar")
	if err == nil && len(sources) == 0 {
		err = fmt.Errorf("no charts-src/*.txtar here; run from examples/requests")
	}
	for _, src := range sources {
		if err != nil {
			break
		}
		err = build(src)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencharts:", err)
		os.Exit(1)
	}
}

// A file is one entry of a txtar archive.
type file struct {
	name string
	data []byte
}

// build writes the package src describes.
func build(src string) error {
	text, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	comment, files := parseTxtar(text)
	output := ""
	for _, line := range strings.Split(comment, "\n") {
		if v, ok := strings.CutPrefix(line, "output:"); ok {
			output = strings.TrimSpace(v)
		}
	}
	if output == "" {
		return fmt.Errorf("%s: no \"output:\" line in the comment", src)
	}
	var buf bytes.Buffer
	if err := writePackage(&buf, files); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	if err := os.MkdirAll(filepath.Dir(output), 0o755); err != nil {
		return err
	}
	return os.WriteFile(output, buf.Bytes(), 0o644)
}

// writePackage writes files as a gzip'd tar archive.
func writePackage(buf *bytes.Buffer, files []file) error {
	zw, err := gzip.NewWriterLevel(buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(zw)
	for _, f := range files {
		h := &tar.Header{
			Typeflag: tar.TypeReg, Name: f.name, Size: int64(len(f.data)), Mode: 0o644,
			ModTime: modTime, Format: tar.FormatPAX,
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(f.data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return zw.Close()
}

// parseTxtar splits a txtar archive into its comment and files: a file starts
// at a line "-- name --" and runs to the next such line.
func parseTxtar(data []byte) (comment string, files []file) {
	var cur *file
	var text strings.Builder
	flush := func() {
		if cur == nil {
			comment = text.String()
		} else {
			cur.data = []byte(text.String())
			files = append(files, *cur)
		}
		text.Reset()
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		if name, ok := strings.CutPrefix(trimmed, "-- "); ok && strings.HasSuffix(name, " --") && len(name) > 3 {
			flush()
			cur = &file{name: strings.TrimSpace(strings.TrimSuffix(name, " --"))}
			continue
		}
		text.WriteString(line)
	}
	flush()
	return comment, files
}
