package cli

import (
	"io"
	"sync"
)

// A reporter writes the report in one output format. file is called for each
// input in input order; finish once at the end with the counts.
type reporter interface {
	file(fr *fileReport) error
	finish(s *summary) error
}

// newReporter returns the reporter of cfg.output writing to w.
func newReporter(cfg *config, w io.Writer) reporter {
	switch cfg.output {
	case "json":
		return &jsonReporter{w: w}
	case "junit":
		return &junitReporter{w: w}
	case "sarif":
		return &sarifReporter{w: w}
	}
	return &textReporter{w: w, color: cfg.color}
}

// runChecks checks the inputs with cfg.jobs workers and reports each input, in
// input order, as soon as it and those before it are done.
func runChecks(c *checker, inputs []input, cfg *config, stdout io.Writer) int {
	results := make([]fileReport, len(inputs))
	done := make([]chan struct{}, len(inputs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(cfg.jobs, max(len(inputs), 1)) {
		wg.Go(func() {
			for i := range jobs {
				results[i] = c.check(inputs[i])
				close(done[i])
			}
		})
	}
	go func() {
		for i := range inputs {
			jobs <- i
		}
		close(jobs)
	}()
	rep := newReporter(cfg, stdout)
	var s summary
	var werr error
	for i := range inputs {
		<-done[i]
		s.add(&results[i])
		if werr == nil {
			werr = rep.file(&results[i])
		}
		results[i] = fileReport{} // the reporter keeps what it needs
	}
	wg.Wait()
	if werr == nil {
		werr = rep.finish(&s)
	}
	if werr != nil {
		return exitInput
	}
	return s.exitCode()
}
