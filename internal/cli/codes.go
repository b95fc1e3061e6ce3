package cli

import (
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/ccicheck/ccicheck/validate"
)

// codeJSON is one catalogue entry of --list-codes -o json.
type codeJSON struct {
	ErrorCode   string `json:"errorCode"`
	Code        int    `json:"code"`
	Reason      string `json:"reason"`
	Message     string `json:"message"`
	Description string `json:"description"`
	Checked     string `json:"checked"`
}

// listCodes prints the catalogue, in the table's order: as text (code, HTTP
// status, reason, how it is checked, description) or, with -o json, as an
// array of entries.
func listCodes(w, stderr io.Writer, output string) int {
	entries := validate.Entries()
	switch output {
	case "json":
		out := make([]codeJSON, 0, len(entries))
		for _, e := range entries {
			out = append(out, codeJSON{
				ErrorCode: e.Code.String(), Code: e.HTTPStatus, Reason: e.Reason,
				Message: e.Message, Description: e.Description, Checked: string(e.Code.Checked()),
			})
		}
		if writeJSON(w, out) != nil {
			return exitInput
		}
		return exitOK
	case "text":
	default:
		fmt.Fprintf(stderr, "ccicheck: --list-codes prints text or json, not %s\n", output)
		return exitUsage
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tSTATUS\tREASON\tCHECKED\tDESCRIPTION")
	for _, e := range entries {
		fmt.Fprintln(tw, e.Code.String()+"\t"+strconv.Itoa(e.HTTPStatus)+"\t"+e.Reason+"\t"+string(e.Code.Checked())+"\t"+e.Description)
	}
	if tw.Flush() != nil {
		return exitInput
	}
	return exitOK
}
