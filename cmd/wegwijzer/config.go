package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"sync/atomic"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/index"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
	"github.com/wegwijzer/wegwijzer/store/redisstore"
)

// config is the configuration shared by the subcommands, from environment variables and flags.
type config struct {
	contentDir string
	dataDir    string
	redisURL   string
}

func (c *config) flags(e env, fs *flag.FlagSet) {
	fs.StringVar(&c.contentDir, "content", envOr(e, "WEGWIJZER_CONTENT", ""), "content folder that replaces the built-in catalogue (env WEGWIJZER_CONTENT)")
	fs.StringVar(&c.dataDir, "data", envOr(e, "WEGWIJZER_DATA", "./data"), "folder of the embedded store (env WEGWIJZER_DATA)")
	c.redisURL = envOr(e, "WEGWIJZER_REDIS_URL", "")
}

// contentFS returns the content folder, or the built-in catalogue.
func contentFS(dir string) (fs.FS, string, error) {
	if dir == "" {
		return content.Builtin(), "built-in catalogue", nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, "", fmt.Errorf("content folder: %w", err)
	}
	if !st.IsDir() {
		return nil, "", fmt.Errorf("content folder %s is not a folder", dir)
	}
	return os.DirFS(dir), dir, nil
}

// loadCatalogue loads and validates the catalogue; content errors are reported with file and line.
func loadCatalogue(dir string) (*content.Catalogue, error) {
	fsys, name, err := contentFS(dir)
	if err != nil {
		return nil, err
	}
	cat, _, err := content.Load(fsys, content.Options{})
	if err != nil {
		return nil, fmt.Errorf("%s: %w (run 'wegwijzer content check' for the full list)", name, err)
	}
	return cat, nil
}

// system is the wired core: catalogue, index, store and engine.
type system struct {
	cat     *content.Catalogue
	index   atomic.Pointer[index.Index] // replaced by a content reload
	store   wegwijzer.ConversationStore
	engine  *bot.Engine
	log     *slog.Logger
	metrics *metrics
	demand  *demandParts
	ttl     time.Duration  // conversation TTL (0 = the engine's default)
	closers []func() error // in reverse order of opening
}

// currentIndex returns the index in use.
func (s *system) currentIndex() *index.Index { return s.index.Load() }

// reload loads the content folder again and, when it is valid, makes the engine, the dashboard and the review
// links use the new catalogue and index from the next turn on. A broken folder changes nothing: the problems are
// returned (with file and line) and the old catalogue stays in use.
func (s *system) reload(ctx context.Context, c config) error {
	cat, err := loadCatalogue(c.contentDir)
	if err != nil {
		return err
	}
	ix, err := index.New(cat, index.Options{})
	if err != nil {
		return err
	}
	if s.demand != nil {
		links, err := s.demand.review.Links(ctx)
		if err != nil {
			s.log.Warn("reload: review links not read; they return with the next poll", "err", err)
		}
		for _, l := range indexLinks(links) {
			if err := ix.AddLink(l); err != nil {
				s.log.Warn("reload: review link skipped", "offer", l.OfferID, "err", err)
			}
		}
	}
	old := s.index.Swap(ix)
	s.engine.Reload(cat, ix) // communities (Slack, dashboard) keep the start's catalogue until a restart
	// Turns that started before the swap may still search the old index: close it a little later.
	time.AfterFunc(time.Minute, func() { old.Close() })
	s.log.Info("content reloaded", "offers", len(cat.Offers))
	return nil
}

func (s *system) Close() error {
	var first error
	for i := len(s.closers) - 1; i >= 0; i-- {
		if err := s.closers[i](); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func openSystem(e env, c config) (*system, error) {
	cat, err := loadCatalogue(c.contentDir)
	if err != nil {
		return nil, err
	}
	log := newLogger(e, levelFromEnv(e))
	sys := &system{cat: cat, log: log}
	ix, err := index.New(cat, index.Options{})
	if err != nil {
		return nil, err
	}
	sys.index.Store(ix)
	sys.closers = append(sys.closers, func() error { return sys.currentIndex().Close() })
	if err := sys.openStore(c); err != nil {
		sys.Close()
		return nil, err
	}
	// One scrubber for the demand log and the conversation store: names by cue and by shape, never the
	// catalogue's places, offers or providers.
	scrubText := demand.Scrubber(cat).Text
	d, err := openDemandParts(e, c, sys.currentIndex, scrubText, log)
	if err != nil {
		sys.Close()
		return nil, err
	}
	sys.closers = append(sys.closers, d.close)
	sys.demand = d
	hooks := d.hooks
	sys.metrics = newMetrics(len(cat.Offers))
	ttl, err := durationEnv(e, "WEGWIJZER_CONVERSATION_TTL")
	if err != nil {
		sys.Close()
		return nil, err
	}
	sys.ttl = ttl
	sys.engine = bot.New(cat, ix, sys.store, log, bot.Options{Hooks: sys.metrics.observe(hooks), TTL: ttl,
		Privacy: bot.Privacy{Person: d.person, Scrub: scrubText}})
	return sys, nil
}

// openStore opens the conversation store: Redis when WEGWIJZER_REDIS_URL is set, else the embedded file store.
func (s *system) openStore(c config) error {
	if c.redisURL != "" {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		st, err := redisstore.Open(ctx, c.redisURL)
		if err != nil {
			return fmt.Errorf("WEGWIJZER_REDIS_URL: %w", err)
		}
		s.store = st
		s.closers = append(s.closers, st.Close)
		return nil
	}
	st, err := boltstore.Open(c.dataDir)
	if err != nil {
		return err
	}
	s.store = st
	s.closers = append(s.closers, st.Close)
	return nil
}

// ready reports whether the store answers: a lookup of a conversation that does not exist must say "not found".
func (s *system) ready(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	_, err := s.store.Load(ctx, "readyz-probe")
	if err == nil || wegwijzer.ErrorCode(err) == wegwijzer.ENOTFOUND {
		return nil
	}
	return err
}

// durationEnv reads a duration ("24h", "90m") from the environment; unset is zero (the default).
func durationEnv(e env, key string) (time.Duration, error) {
	v := envOr(e, key, "")
	if v == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s=%q: want a positive duration such as 24h or 90m", key, v)
	}
	return d, nil
}
