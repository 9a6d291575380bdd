package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"

	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/index"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
)

// config is the configuration shared by the subcommands, from environment variables and flags.
type config struct {
	contentDir string
	dataDir    string
}

func (c *config) flags(e env, fs *flag.FlagSet) {
	fs.StringVar(&c.contentDir, "content", envOr(e, "WEGWIJZER_CONTENT", ""), "content folder that replaces the built-in catalogue (env WEGWIJZER_CONTENT)")
	fs.StringVar(&c.dataDir, "data", envOr(e, "WEGWIJZER_DATA", "./data"), "folder of the embedded store (env WEGWIJZER_DATA)")
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
	cat    *content.Catalogue
	index  *index.Index
	store  *boltstore.Store
	engine *bot.Engine
}

func (s *system) Close() error {
	var err error
	if s.store != nil {
		err = s.store.Close()
	}
	if s.index != nil {
		if e := s.index.Close(); err == nil {
			err = e
		}
	}
	return err
}

func openSystem(e env, c config) (*system, error) {
	cat, err := loadCatalogue(c.contentDir)
	if err != nil {
		return nil, err
	}
	ix, err := index.New(cat, index.Options{})
	if err != nil {
		return nil, err
	}
	st, err := boltstore.Open(c.dataDir)
	if err != nil {
		ix.Close()
		return nil, err
	}
	eng := bot.New(cat, ix, st, newLogger(e, levelFromEnv(e)), bot.Options{})
	return &system{cat: cat, index: ix, store: st, engine: eng}, nil
}
