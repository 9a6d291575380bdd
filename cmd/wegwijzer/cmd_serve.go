package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/wegwijzer/wegwijzer/adapters/web"
)

func levelFromEnv(e env) slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(envOr(e, "WEGWIJZER_LOG_LEVEL", "info"))); err != nil {
		return slog.LevelInfo
	}
	return l
}

func runServe(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "serve")
	var c config
	c.flags(e, fs)
	addr := fs.String("addr", envOr(e, "WEGWIJZER_ADDR", "127.0.0.1:8080"), "listen address (env WEGWIJZER_ADDR)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	log := newLogger(e, levelFromEnv(e))
	sys, err := openSystem(e, c)
	if err != nil {
		return err
	}
	defer sys.Close()

	mux := http.NewServeMux()
	var running []*adapter
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := sys.ready(r.Context()); err != nil {
			log.Warn("not ready", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "not ready: the conversation store does not answer")
			return
		}
		for _, a := range running {
			if a.ready == nil {
				continue
			}
			if err := a.ready(); err != nil {
				w.WriteHeader(http.StatusServiceUnavailable)
				fmt.Fprintf(w, "not ready: %s: %v\n", a.name, err)
				return
			}
		}
		fmt.Fprintf(w, "ready: %d offers\n", len(sys.cat.Offers))
	})
	g, err := readGuard(e)
	if err != nil {
		return err
	}
	metricsMux := g.metrics(mux, sys.metrics.handler(), log)
	if err := mountDashboard(mux, e, c, sys, g, log); err != nil {
		return err
	}
	origins, err := web.ParseOrigins(envOr(e, "WEGWIJZER_ALLOWED_ORIGINS", ""))
	if err != nil {
		return fmt.Errorf("WEGWIJZER_ALLOWED_ORIGINS: %w", err)
	}
	communities := make([]string, 0, len(sys.cat.Communities))
	for _, c := range sys.cat.Communities {
		communities = append(communities, c.ID)
	}
	mux.Handle("/", web.New(sys.engine, log, web.Options{ClientIP: g.clientIP, Turns: g.turns, NewConversations: g.convs,
		Communities: communities, AllowedOrigins: origins, ConversationKeys: sys.demand.ps.Keys("web conversation ids"),
		VisitorKeys: sys.demand.ps.Keys("web visitor ids")}))
	for _, f := range adapterFactories() {
		a, err := f(ctx, e, sys, log)
		if err != nil {
			return err
		}
		if a == nil {
			continue
		}
		for pattern, h := range a.routes {
			mux.Handle(pattern, h)
		}
		running = append(running, a)
		log.Info("adapter on", "adapter", a.name)
	}
	defer func() {
		for _, a := range running {
			if a.close != nil {
				if err := a.close(); err != nil {
					log.Warn("adapter close", "adapter", a.name, "err", err)
				}
			}
		}
	}()

	srv := &http.Server{
		Handler:           sys.metrics.instrument(mux),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	url := "http://" + ln.Addr().String() + "/"
	if strings.HasPrefix(*addr, ":") {
		url = "http://localhost" + *addr + "/"
	}
	log.Info("wegwijzer serving", "url", url, "offers", len(sys.cat.Offers), "data", c.dataDir)
	errc := make(chan error, 2)
	go func() { errc <- srv.Serve(ln) }()
	if metricsMux != nil {
		mln, err := net.Listen("tcp", g.metricsAt)
		if err != nil {
			return fmt.Errorf("listen on WEGWIJZER_METRICS_ADDR %s: %w", g.metricsAt, err)
		}
		msrv := &http.Server{Handler: metricsMux, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second}
		defer msrv.Close()
		log.Info("metrics serving", "url", "http://"+mln.Addr().String()+"/metrics")
		go func() { errc <- msrv.Serve(mln) }()
	}
	// SIGHUP reloads the content folder without a restart.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				if err := sys.reload(ctx, c); err != nil {
					log.Error("content reload failed; the catalogue in use stays", "err", err)
				}
			}
		}
	}()
	for _, a := range running {
		if a.run == nil {
			continue
		}
		go func() {
			if err := a.run(ctx); err != nil && ctx.Err() == nil {
				log.Error("adapter stopped", "adapter", a.name, "err", err)
			}
		}()
	}
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
