// Command validate checks the Kubernetes manifests in deploy/ the way a reviewer would: every manifest decodes
// strictly (unknown or duplicate fields are errors) into the Kubernetes API types, and the objects fit together
// and fit the program: probes ask paths that serve answers, the Deployment runs two or more replicas, the
// PodDisruptionBudget and the Service select its pods, the Secret holds only variables serve reads, and the
// ServiceMonitor scrapes a port the Service has.
//
// It lives in a module of its own so that the main module does not take the Kubernetes dependencies.
//
//	cd deploy/validate && go run . -deploy .. -src ../..
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	deployDir := flag.String("deploy", "..", "folder with kustomization.yaml and the manifests")
	srcDir := flag.String("src", "../..", "root of the wegwijzer repository (serve's routes and variables are read from cmd/wegwijzer)")
	flag.Parse()
	if err := run(*deployDir, *srcDir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(deployDir, srcDir string) error {
	prog, err := scanProgram(os.DirFS(srcDir))
	if err != nil {
		return err
	}
	set, err := load(os.DirFS(deployDir))
	if err != nil {
		return err
	}
	if errs := check(set, prog); len(errs) > 0 {
		msg := fmt.Sprintf("deploy: %d problem(s):", len(errs))
		for _, e := range errs {
			msg += "\n  " + e.Error()
		}
		return fmt.Errorf("%s", msg)
	}
	fmt.Printf("deploy: %d manifests valid (%d routes and %d variables of serve known)\n",
		len(set.files), len(prog.routes), len(prog.vars))
	return nil
}
