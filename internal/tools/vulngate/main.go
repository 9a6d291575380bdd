// Command vulngate reads the JSON stream of govulncheck (-json) and decides whether CI passes: a vulnerability
// that the code calls in a module we require fails the run (update the module); one in the standard library is
// listed with the Go release that fixes it but does not fail the run, because the toolchain is the machine's and
// the release builds (Dockerfile) take the newest Go patch release. Vulnerabilities in code that is never called
// are counted only.
//
//	go run golang.org/x/vuln/cmd/govulncheck@v1.9.0 -db file://DB -json ./... | go run ./internal/tools/vulngate
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

func main() {
	failStdlib := flag.Bool("fail-stdlib", false, "also fail on called vulnerabilities of the standard library")
	flag.Parse()
	rep, err := read(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vulngate:", err)
		os.Exit(2)
	}
	if err := rep.print(os.Stdout, *failStdlib); err != nil {
		fmt.Fprintln(os.Stderr, "vulngate:", err)
		os.Exit(1)
	}
}

// message is one object of govulncheck's JSON stream (protocol v1); the parts this gate reads.
type message struct {
	Config *struct {
		ScannerVersion string `json:"scanner_version"`
		GoVersion      string `json:"go_version"`
		ScanLevel      string `json:"scan_level"`
	} `json:"config"`
	OSV *struct {
		ID      string `json:"id"`
		Summary string `json:"summary"`
	} `json:"osv"`
	Finding *struct {
		OSV          string  `json:"osv"`
		FixedVersion string  `json:"fixed_version"`
		Trace        []frame `json:"trace"`
	} `json:"finding"`
}

type frame struct {
	Module   string `json:"module"`
	Version  string `json:"version"`
	Package  string `json:"package"`
	Function string `json:"function"`
	Receiver string `json:"receiver"`
	Position *struct {
		Filename string `json:"filename"`
		Line     int    `json:"line"`
	} `json:"position"`
}

// vuln is one vulnerability the code calls.
type vuln struct {
	id, summary, module, found, fixed, example string
}

type report struct {
	goVersion string
	called    map[string]*vuln
	uncalled  map[string]bool // ids found in required modules or imported packages but never called
}

func read(r io.Reader) (*report, error) {
	rep := &report{called: map[string]*vuln{}, uncalled: map[string]bool{}}
	summaries := map[string]string{}
	dec := json.NewDecoder(r)
	sawConfig := false
	for {
		var m message
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("read govulncheck -json: %w", err)
		}
		switch {
		case m.Config != nil:
			sawConfig = true
			rep.goVersion = m.Config.GoVersion
			if m.Config.ScanLevel != "symbol" {
				return nil, fmt.Errorf("govulncheck scanned at level %q: want symbol (the default), or calls cannot be told apart", m.Config.ScanLevel)
			}
		case m.OSV != nil:
			summaries[m.OSV.ID] = m.OSV.Summary
		case m.Finding != nil && len(m.Finding.Trace) > 0:
			f, top := m.Finding, m.Finding.Trace[0]
			if top.Function == "" {
				rep.uncalled[f.OSV] = true
				continue
			}
			if rep.called[f.OSV] == nil {
				rep.called[f.OSV] = &vuln{id: f.OSV, module: top.Module, found: top.Version, fixed: f.FixedVersion, example: example(f.Trace)}
			}
		}
	}
	if !sawConfig {
		return nil, errors.New("no govulncheck output (no config message)")
	}
	for id, v := range rep.called {
		v.summary = summaries[id]
		delete(rep.uncalled, id)
	}
	return rep, nil
}

// example is the place in our code where the trace starts: its last frame.
func example(trace []frame) string {
	f := trace[len(trace)-1]
	s := f.Package + "." + f.Function
	if f.Position != nil {
		s = fmt.Sprintf("%s:%d %s", f.Position.Filename, f.Position.Line, s)
	}
	return s
}

// print writes the report and returns an error when the run must fail.
func (rep *report) print(w io.Writer, failStdlib bool) error {
	var mods, std []*vuln
	for _, v := range rep.called {
		if v.module == "stdlib" || v.module == "toolchain" {
			std = append(std, v)
		} else {
			mods = append(mods, v)
		}
	}
	byID := func(a, b *vuln) int { return strings.Compare(a.id, b.id) }
	slices.SortFunc(mods, byID)
	slices.SortFunc(std, byID)
	for _, v := range mods {
		fmt.Fprintf(w, "CALLED %s in %s@%s (fixed in %s): %s\n    from %s\n", v.id, v.module, v.found, v.fixed, v.summary, v.example)
	}
	if len(std) > 0 {
		var newest string
		for _, v := range std {
			if compareGo(v.fixed, newest) > 0 {
				newest = v.fixed
			}
		}
		fmt.Fprintf(w, "standard library of %s: %d called vulnerabilities, all fixed by Go %s; build releases with it (the Dockerfile's golang:1.26 image takes the newest patch release)\n",
			rep.goVersion, len(std), strings.TrimPrefix(newest, "v"))
		for _, v := range std {
			fmt.Fprintf(w, "    %s (fixed in %s): %s\n", v.id, v.fixed, v.summary)
		}
	}
	fmt.Fprintf(w, "govulncheck: %d called in modules, %d called in the standard library, %d in code that is never called\n",
		len(mods), len(std), len(rep.uncalled))
	switch {
	case len(mods) > 0:
		return fmt.Errorf("%d vulnerabilities called in required modules: update them (go get MODULE@FIXED)", len(mods))
	case failStdlib && len(std) > 0:
		return fmt.Errorf("%d vulnerabilities called in the standard library: build with a newer Go", len(std))
	}
	return nil
}

// compareGo compares Go versions as govulncheck writes them ("v1.26.9"); "" is the smallest.
func compareGo(a, b string) int {
	pa, pb := parts(a), parts(b)
	return slices.Compare(pa, pb)
}

func parts(v string) []int {
	if v == "" {
		return nil
	}
	var out []int
	for _, p := range strings.Split(strings.TrimPrefix(v, "v"), ".") {
		n := 0
		for _, c := range p {
			if c < '0' || c > '9' {
				break
			}
			n = n*10 + int(c-'0')
		}
		out = append(out, n)
	}
	return out
}
