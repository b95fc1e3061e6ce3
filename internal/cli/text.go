package cli

import (
	"bufio"
	"io"
	"os"
	"strconv"
)

// ANSI colours of the text report, used only on a terminal.
const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiMag   = "\x1b[35m"
)

// useColor reports whether the text report is coloured: only when w is a
// terminal and neither NO_COLOR (https://no-color.org) nor TERM=dumb says no.
func useColor(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// A textReporter writes one line per error, "path:line:col: CODE detail",
// then a summary line.
type textReporter struct {
	w     io.Writer
	color bool
}

func (t *textReporter) paint(code, s string) string {
	if !t.color {
		return s
	}
	return code + s + ansiReset
}

func (t *textReporter) file(fr *fileReport) error {
	bw := bufio.NewWriter(t.w)
	for i := range fr.Docs {
		d := &fr.Docs[i]
		if d.Problem != "" {
			bw.WriteString(t.paint(ansiBold, location(fr.Path, d.Line, d.Column)) + " " + t.paint(ansiMag, "error:") + " " + oneLine(d.Problem) + "\n")
			continue
		}
		for _, e := range d.Errors {
			detail := oneLine(e.Detail)
			if e.Line == 0 && e.Field != "" {
				detail += " (" + e.Field + ")"
			}
			bw.WriteString(t.paint(ansiBold, location(fr.Path, e.Line, e.Column)) + " " + t.paint(ansiRed, e.Code.String()) + " " + detail + "\n")
		}
	}
	return bw.Flush()
}

// location is "path:line:col:", leaving out what is unknown.
func location(path string, line, col int) string {
	s := path
	if line > 0 {
		s += ":" + strconv.Itoa(line)
		if col > 0 {
			s += ":" + strconv.Itoa(col)
		}
	}
	return s + ":"
}

func (t *textReporter) finish(s *summary) error {
	line := plural(s.Files, "file") + ", " + plural(s.Documents, "document") + ": " +
		strconv.Itoa(s.Valid) + " valid, " + strconv.Itoa(s.Invalid) + " invalid"
	if s.problems > 0 {
		line += " (" + strconv.Itoa(s.problems) + " could not be checked)"
	}
	colour := ansiGreen
	if s.Invalid > 0 {
		colour = ansiRed
	}
	_, err := io.WriteString(t.w, t.paint(colour, line)+"\n")
	return err
}

func plural(n int, word string) string {
	if n != 1 {
		word += "s"
	}
	return strconv.Itoa(n) + " " + word
}
