package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

// Exit statuses of the command.
const (
	exitOK      = 0 // every document passes
	exitInvalid = 1 // some document breaks a rule
	exitUsage   = 2 // bad flags or arguments, unusable --context file
	exitInput   = 3 // an input could not be read, is not YAML/JSON/tgz, cannot be classified, is empty, or a path holds no candidate file
)

// Version is the command's version, printed by --version; when empty, the
// module version from the build information is used.
var Version = ""

// config is what the flags say.
type config struct {
	output     string
	kind       Kind
	context    string
	namespace  string
	stdinName  string
	ignore     []string
	jobs       int
	allowEmpty bool
	version    bool
	listCodes  bool
	color      bool
	paths      []string
}

// Run runs the ccicheck command with args (without the program name), reading
// standard input from stdin only when a path is "-", writing the report to
// stdout and usage errors to stderr. It returns the exit status: 0 every
// document is valid; 1 some document breaks a rule; 2 usage error; 3 an input
// could not be read, is not YAML, JSON or a chart package, cannot be
// classified, is empty, or a path holds no candidate file (3 wins over 1).
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintln(stderr, "ccicheck:", err)
		fmt.Fprintln(stderr, "usage: ccicheck [flags] PATH...   (ccicheck -h for help)")
		return exitUsage
	}
	switch {
	case cfg.version:
		fmt.Fprintln(stdout, "ccicheck", version())
		return exitOK
	case cfg.listCodes:
		return listCodes(stdout, stderr, cfg.output)
	}
	ctx, err := loadContext(cfg.context)
	if err != nil {
		fmt.Fprintln(stderr, "ccicheck: --context:", err)
		return exitUsage
	}
	cfg.color = useColor(stdout)
	c := &checker{kind: cfg.kind, allowEmpty: cfg.allowEmpty, namespace: cfg.namespace,
		stdinName: cfg.stdinName, stdin: stdin, ctx: ctx}
	return runChecks(c, expand(cfg.paths, cfg.ignore), cfg, stdout)
}

// parseFlags reads the flags, which may come before, between or after paths
// ("--" ends them).
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	cfg := &config{output: "text"}
	fs := flag.NewFlagSet("ccicheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { usage(fs) }
	fs.StringVar(&cfg.output, "o", "text", "output `format`: text, json, junit or sarif")
	fs.StringVar(&cfg.output, "output", "text", "output `format`: text, json, junit or sarif")
	kind := fs.String("kind", "", "check every document as this `KIND`: "+kindNameList())
	fs.StringVar(&cfg.context, "context", "", "YAML `file` of what is known about the account, for the context rules")
	fs.StringVar(&cfg.namespace, "namespace", "", "the `namespace` networks and volumes are created in (default: metadata.namespace)")
	fs.StringVar(&cfg.stdinName, "stdin-filename", "", "the file `name` of a chart package read from standard input")
	fs.Func("ignore", "skip files and directories whose path or base name match `GLOB` (repeatable)", func(g string) error {
		if _, err := filepath.Match(g, ""); err != nil {
			return fmt.Errorf("bad pattern %q", g)
		}
		cfg.ignore = append(cfg.ignore, g)
		return nil
	})
	fs.IntVar(&cfg.jobs, "j", runtime.NumCPU(), "check `N` files in parallel")
	fs.BoolVar(&cfg.allowEmpty, "allow-empty", false, "accept empty input (no document) as valid")
	fs.BoolVar(&cfg.version, "version", false, "print the version and exit")
	fs.BoolVar(&cfg.listCodes, "list-codes", false, "print the catalogue of CCI codes (text, or JSON with -o json) and exit")
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			cfg.paths = append(cfg.paths, rest...)
			break
		}
		cfg.paths, args = append(cfg.paths, rest[0]), rest[1:]
	}
	return cfg, cfg.finish(*kind)
}

// finish checks the flags' values.
func (cfg *config) finish(kind string) error {
	switch cfg.output {
	case "text", "json", "junit", "sarif":
	default:
		return fmt.Errorf("-o %q: the output format must be text, json, junit or sarif", cfg.output)
	}
	if kind != "" {
		k, ok := parseKind(kind)
		if !ok {
			return fmt.Errorf("--kind %q: the kind must be one of %s", kind, kindNameList())
		}
		cfg.kind = k
	}
	if cfg.jobs < 0 {
		return fmt.Errorf("-j %d: the number of parallel jobs must not be negative", cfg.jobs)
	}
	if cfg.jobs == 0 {
		cfg.jobs = runtime.NumCPU()
	}
	if cfg.version || cfg.listCodes {
		return nil
	}
	if len(cfg.paths) == 0 {
		return errors.New("no path given (use - to read standard input)")
	}
	stdin := 0
	for _, p := range cfg.paths {
		if p == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return errors.New("- (standard input) given more than once")
	}
	return nil
}

func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprint(w, `usage: ccicheck [flags] PATH...

Checks CCI request manifests (YAML, JSON) and chart packages (.tgz) against the
rules of the CCI server. A PATH is a file, a directory (walked for .yaml, .yml,
.json and .tgz files) or - for standard input.

Exit status: 0 all valid, 1 a document breaks a rule, 2 usage error,
3 an input could not be read, is not YAML/JSON/tgz, cannot be classified, is
empty, or a path holds no candidate file.

Flags:
`)
	fs.PrintDefaults()
}

// version is the command's version: Version, or the main module's version.
func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// oneLine keeps a message on one line.
func oneLine(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r", " "), "\n", " ")
}
