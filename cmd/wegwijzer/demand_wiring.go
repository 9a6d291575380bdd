package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wegwijzer/wegwijzer/store/redisstore"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/demand/boltlog"
	"github.com/wegwijzer/wegwijzer/demand/redislog"
	"github.com/wegwijzer/wegwijzer/index"
)

// demandSettings is the demand log's configuration from the environment.
type demandSettings struct {
	redisURL  string        // WEGWIJZER_REDIS_URL: the Redis stream log; "" = the embedded one
	retention time.Duration // WEGWIJZER_RETENTION_DAYS: how long scrubbed text is kept
	minGroup  int           // WEGWIJZER_MIN_GROUP: k of the exports and reports
}

func readDemandSettings(e env) (demandSettings, error) {
	s := demandSettings{redisURL: envOr(e, "WEGWIJZER_REDIS_URL", ""), retention: demand.DefaultRetention, minGroup: demand.DefaultMinGroup}
	if v := envOr(e, "WEGWIJZER_RETENTION_DAYS", ""); v != "" {
		days, err := strconv.Atoi(v)
		if err != nil || days < 1 {
			return s, fmt.Errorf("WEGWIJZER_RETENTION_DAYS=%q: want a whole number of days, at least 1", v)
		}
		s.retention = time.Duration(days) * 24 * time.Hour
	}
	if v := envOr(e, "WEGWIJZER_MIN_GROUP", ""); v != "" {
		k, err := strconv.Atoi(v)
		if err != nil || k < 2 {
			return s, fmt.Errorf("WEGWIJZER_MIN_GROUP=%q: want a whole number, at least 2", v)
		}
		s.minGroup = k
	}
	return s, nil
}

// demandBackend is an open demand log with its review store.
type demandBackend struct {
	log    wegwijzer.DemandLog
	review wegwijzer.ReviewStore
	name   string                   // for messages: "Redis" or the file
	person func(user string) string // set by openDemandRaw: the pseudonyms of the demand log
	ps     *demand.Pseudonymizer    // set by openDemandRaw: also what seals hand-off references
	close  func() error
}

// openDemandBackend opens the Redis stream log when WEGWIJZER_REDIS_URL is set, else the embedded log
// demand.db in the data folder. It does not contact Redis.
func openDemandBackend(c config, s demandSettings) (*demandBackend, error) {
	if s.redisURL != "" {
		// Short timeouts and few retries: while Redis is away, turns must not wait; events go to the spool.
		// The same address forms as the conversation store: a single server, Sentinel or Cluster.
		rdb, err := redisstore.NewClient(s.redisURL, redisstore.Timeouts{Dial: time.Second, Read: time.Second, Write: time.Second, MaxRetries: 1})
		if err != nil {
			return nil, fmt.Errorf("WEGWIJZER_REDIS_URL: %w", err)
		}
		l := redislog.New(rdb, redislog.Options{TextRetention: s.retention})
		return &demandBackend{log: l, review: l, name: "Redis", close: rdb.Close}, nil
	}
	l, err := boltlog.Open(c.dataDir)
	if err != nil {
		return nil, err
	}
	return &demandBackend{log: l, review: l, name: filepath.Join(c.dataDir, boltlog.File), close: l.Close}, nil
}

// pseudonymizer returns the pseudonyms under WEGWIJZER_PSEUDONYM_KEY (and the keys before it, in
// WEGWIJZER_PSEUDONYM_KEY_PREVIOUS, comma-separated), or under a key generated once and kept in the data folder.
func pseudonymizer(e env, c config, s demandSettings, log *slog.Logger) (*demand.Pseudonymizer, error) {
	var previous [][]byte
	for _, k := range strings.Split(envOr(e, "WEGWIJZER_PSEUDONYM_KEY_PREVIOUS", ""), ",") {
		if k = strings.TrimSpace(k); k != "" {
			previous = append(previous, []byte(k))
		}
	}
	if key := envOr(e, "WEGWIJZER_PSEUDONYM_KEY", ""); key != "" {
		p, err := demand.NewPseudonymizer([]byte(key), previous...)
		if err != nil {
			return nil, fmt.Errorf("WEGWIJZER_PSEUDONYM_KEY: %w", err)
		}
		return p, nil
	}
	key, created, err := demand.LoadOrCreateKey(c.dataDir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(c.dataDir, demand.KeyFile)
	if created {
		log.Warn("WEGWIJZER_PSEUDONYM_KEY is not set: generated a pseudonym key; keep it secret and back it up, losing it makes new pseudonyms unlinkable to old ones", "file", path)
	}
	if s.redisURL != "" {
		log.Warn("WEGWIJZER_PSEUDONYM_KEY is not set while the demand log is in Redis: every replica must use the same key, set it explicitly", "file", path)
	}
	return demand.NewPseudonymizer(key, previous...)
}

// demandParts is the demand log as the running service uses it: the engine's hooks, the log and review store
// (for the dashboard), and a close function.
type demandParts struct {
	hooks  bot.Hooks
	person func(user string) string // the pseudonyms the conversation store keeps too
	ps     *demand.Pseudonymizer    // opens hand-off references (the dashboard's desk)
	close  func() error
	log    wegwijzer.DemandLog
	review wegwijzer.ReviewStore
}

// openDemandParts wires the demand log into the engine: it returns the hooks the engine calls after each turn and
// on erasure, the log and review store, and a function that closes them. It also teaches the index the links
// community managers made in review: at start-up, and every linkPoll after that (so that links made against Redis
// reach a running server).
func openDemandParts(e env, c config, ix func() *index.Index, scrubText func(string) string, log *slog.Logger) (*demandParts, error) {
	hooks, closeFn, be, err := openDemandRaw(e, c, ix, scrubText, log)
	if err != nil {
		return nil, err
	}
	return &demandParts{hooks: hooks, person: be.person, ps: be.ps, close: closeFn, log: be.log, review: be.review}, nil
}

// openDemandRaw opens the log, the recorder and its queue, and the link loader.
func openDemandRaw(e env, c config, ix func() *index.Index, scrubText func(string) string, log *slog.Logger) (bot.Hooks, func() error, *demandBackend, error) {
	s, err := readDemandSettings(e)
	if err != nil {
		return bot.Hooks{}, nil, nil, err
	}
	ps, err := pseudonymizer(e, c, s, log)
	if err != nil {
		return bot.Hooks{}, nil, nil, err
	}
	be, err := openDemandBackend(c, s)
	if err != nil {
		return bot.Hooks{}, nil, nil, err
	}
	be.person, be.ps = ps.Person, ps
	rec, err := demand.NewRecorder(be.log, demand.Options{
		Pseudonyms: ps,
		Scrub:      scrubText,
		Retention:  s.retention,
		Spool:      demand.OpenSpool(filepath.Join(c.dataDir, demand.SpoolFile)),
		Logger:     log,
	})
	if err != nil {
		be.close()
		return bot.Hooks{}, nil, nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	links := &linkLoader{ix: ix, review: be.review, log: log, applied: map[string]bool{}}
	links.load(ctx)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); rec.Run(ctx) }()
	go func() { defer wg.Done(); links.poll(ctx, linkPoll) }()
	// Turns are recorded by group commit: a reply waits until its event is written, in one write shared by every
	// turn waiting at that moment, so a killed process loses no event of a turn it answered.
	queue := demand.NewQueue(rec, 1024)
	closeFn := func() error {
		cctx, ccancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer ccancel()
		qerr := queue.Close(cctx) // record what is queued while the log and spool are still open
		cancel()
		wg.Wait()
		err := rec.Close(cctx)
		if err == nil {
			err = qerr
		}
		if cerr := be.close(); err == nil {
			err = cerr
		}
		return err
	}
	return bot.Hooks{Turn: queue.Record, Erase: queue.Erase}, closeFn, be, nil
}

// linkPoll is how often a running server looks for new review links.
const linkPoll = time.Minute

// linkLoader adds the stored review links to the index, each once. The index cannot forget a link: a link
// replaced in review keeps its old offer until the next start.
type linkLoader struct {
	ix      func() *index.Index // the index in use (a content reload replaces it)
	review  wegwijzer.ReviewStore
	log     *slog.Logger
	applied map[string]bool
}

func (l *linkLoader) load(ctx context.Context) {
	lctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	stored, err := l.review.Links(lctx)
	if err != nil {
		l.log.Warn("review links not loaded; retrying later", "err", err)
		return
	}
	for _, link := range indexLinks(stored) {
		key := link.OfferID + "\x00" + link.Question
		if l.applied[key] {
			continue
		}
		if err := l.ix().AddLink(link); err != nil {
			l.log.Warn("review link skipped", "offer", link.OfferID, "err", err)
		}
		l.applied[key] = true
	}
}

func (l *linkLoader) poll(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			l.load(ctx)
		}
	}
}

// indexLinks turns review links into index links: one per example wording, so that the index recognises
// rephrasings of any of them.
func indexLinks(links []wegwijzer.DemandLink) []index.Link {
	var out []index.Link
	for _, l := range links {
		for _, q := range l.Questions {
			out = append(out, index.Link{Question: q, OfferID: l.OfferID})
		}
	}
	return out
}
