package redisaccounts_test

import (
	"fmt"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard/accountstest"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard/redisaccounts"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
)

func TestConformance(t *testing.T) {
	srv := redistest.Start(t)
	opt, err := redis.ParseURL(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	t.Cleanup(func() { rdb.Close() })
	n := 0
	accountstest.Run(t, func(t *testing.T) dashboard.Accounts {
		n++ // a prefix per subtest: an empty store each time, also on a shared server
		return redisaccounts.New(rdb, fmt.Sprintf("wegwijzer-test-%d", n))
	})
}
