// Command ccitest-server runs ccitest's in-memory CCI as a process, for tests written
// in other languages: every route of cci-rules.md §2, judged with ccicheck's rules
// and keeping state, so a client's requests get the answers CCI would send.
//
// Usage:
//
//	ccitest-server [flags]
//
// It listens on --addr (default 127.0.0.1:8080; port 0 picks a free one), prints
// "ccitest-server: listening on <URL>" and serves until SIGINT or SIGTERM. Flags:
//
//	--addr host:port          address to listen on
//	--actions a,b,...         grant exactly these IAM actions (default: every action)
//	--gpu-beta=false          the caller has no GPU beta access
//	--obs-beta=false          the caller has no OBS beta access
//	--quota n                 namespace quota (default 5)
//	--namespaces a,b,...      namespaces held at start
//	--official-charts a,b,... names of official charts
//	--tenant t                the caller's tenant
//	--volumes id=state,...    volume inventory; state is available, unavailable or imported
//	--fault op=code           make an operation answer a code, e.g.
//	                          --fault "namespace create=CCI.02.400116" (repeatable)
//	--user-token-required     require X-User-Token on network creates
//	--namespace-scoped-list   require fieldSelector=metadata.name=<name> on namespace lists
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ccicheck/ccicheck/ccitest"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "ccitest-server:", err)
		os.Exit(1)
	}
}

// run parses args, serves until SIGINT or SIGTERM, and logs to stdout.
func run(args []string, stdout io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, args, stdout)
}

// serve parses args and serves until ctx ends.
func serve(ctx context.Context, args []string, stdout io.Writer) error {
	addr, opts, err := parseFlags(args, stdout)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: ccitest.NewHandler(opts...), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "ccitest-server: listening on http://%s\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(stdout, "ccitest-server: shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// parseFlags returns the address to listen on and the server's options.
func parseFlags(args []string, out io.Writer) (string, []ccitest.Option, error) {
	fs := flag.NewFlagSet("ccitest-server", flag.ContinueOnError)
	fs.SetOutput(out)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	gpu := fs.Bool("gpu-beta", true, "the caller has GPU beta access")
	obs := fs.Bool("obs-beta", true, "the caller has OBS beta access")
	quota := fs.Int("quota", 0, "namespace quota (0: the default, 5)")
	tenant := fs.String("tenant", ccitest.DefaultTenant, "the caller's tenant")
	userToken := fs.Bool("user-token-required", false, "require X-User-Token on network creates")
	scoped := fs.Bool("namespace-scoped-list", false, "require fieldSelector=metadata.name=<name> on namespace lists")
	var opts []ccitest.Option
	fs.Func("actions", "grant exactly these IAM actions, comma-separated (default: every action)", func(s string) error {
		opts = append(opts, ccitest.WithActions(splitList(s)...))
		return nil
	})
	fs.Func("namespaces", "namespaces held at start, comma-separated", func(s string) error {
		opts = append(opts, ccitest.WithNamespaces(splitList(s)...))
		return nil
	})
	fs.Func("official-charts", "names of official charts, comma-separated", func(s string) error {
		opts = append(opts, ccitest.WithOfficialCharts(splitList(s)...))
		return nil
	})
	fs.Func("volumes", "volume inventory: id=available|unavailable|imported, comma-separated", func(s string) error {
		return parseVolumes(s, &opts)
	})
	fs.Func("fault", `make an operation answer a code: "namespace create=CCI.02.400116" (repeatable)`, func(s string) error {
		return parseFault(s, &opts)
	})
	if err := fs.Parse(args); err != nil {
		return "", nil, err
	}
	if fs.NArg() > 0 {
		return "", nil, fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	opts = append(opts, ccitest.WithGPUBeta(*gpu), ccitest.WithOBSBeta(*obs),
		ccitest.WithNamespaceQuota(*quota), ccitest.WithTenant(*tenant))
	if *userToken {
		opts = append(opts, ccitest.WithUserTokenRequired())
	}
	if *scoped {
		opts = append(opts, ccitest.WithNamespaceScopedList())
	}
	return *addr, opts, nil
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

var volumeStates = map[string]volume.VolumeState{
	"available":   volume.VolumeAvailable,
	"unavailable": volume.VolumeUnavailable,
	"imported":    volume.VolumeImported,
}

func parseVolumes(s string, opts *[]ccitest.Option) error {
	for _, item := range splitList(s) {
		id, state, _ := strings.Cut(item, "=")
		if state == "" {
			state = "available"
		}
		st, ok := volumeStates[state]
		if !ok {
			return fmt.Errorf("volume %q: unknown state %q (available, unavailable, imported)", id, state)
		}
		*opts = append(*opts, ccitest.WithVolume(id, st))
	}
	return nil
}

func parseFault(s string, opts *[]ccitest.Option) error {
	name, codeText, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("fault %q: want operation=code", s)
	}
	op, ok := ccitest.ParseOperation(strings.TrimSpace(name))
	if !ok {
		return fmt.Errorf("fault %q: unknown operation %q", s, name)
	}
	code, ok := validate.ParseCode(strings.TrimSpace(codeText))
	if !ok {
		return fmt.Errorf("fault %q: unknown code %q", s, codeText)
	}
	*opts = append(*opts, ccitest.WithFault(op, code))
	return nil
}
