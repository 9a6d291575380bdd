package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// runHealthcheck asks a running server's /healthz; for container health checks, where there is no curl.
func runHealthcheck(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "healthcheck")
	addr := fs.String("addr", envOr(e, "WEGWIJZER_ADDR", "127.0.0.1:8080"), "address of the server")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	host := *addr
	if strings.HasPrefix(host, "0.0.0.0:") || strings.HasPrefix(host, ":") {
		host = "127.0.0.1:" + host[strings.LastIndex(host, ":")+1:]
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+host+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthz: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthz: %s", resp.Status)
	}
	fmt.Fprintln(e.stdout, "ok")
	return nil
}
