package redisstore

import (
	"context"
	"errors"
	"io"
	"net"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"
)

// Cluster failover. When a master dies, its replica takes over after the cluster's node timeout. go-redis learns
// the new slot map from a MOVED reply or from its periodic reload, but a master that is gone sends no MOVED, and
// the periodic reload comes once a minute by default: without tuning, turns fail for up to a minute after the
// cluster has healed. newCluster reloads the slot map every clusterReload and at once after a connection error,
// and retries a command across the failover with short backoffs (the caller's context bounds the whole).
const (
	clusterReload     = 2 * time.Second
	clusterRedirects  = 8
	clusterMinBackoff = 20 * time.Millisecond
	clusterMaxBackoff = 500 * time.Millisecond
)

// newCluster makes a cluster client tuned for failover. Reads stay on the masters: a conversation is read to be
// compare-and-swapped, and a replica may lag behind the write it must see.
func newCluster(o *redis.ClusterOptions) *redis.ClusterClient {
	o.ClusterStateReloadInterval = clusterReload
	if o.MaxRedirects == 0 {
		o.MaxRedirects = clusterRedirects
	}
	o.MinRetryBackoff, o.MaxRetryBackoff = clusterMinBackoff, clusterMaxBackoff
	c := redis.NewClusterClient(o)
	c.AddHook(reloadOnConnError{c})
	return c
}

// reloadOnConnError asks the cluster client for a new slot map when a command or pipeline fails on the
// connection (refused, reset, closed, timed out): the node it was sent to may have died and been replaced. The
// reload runs in the background, at most one at a time.
type reloadOnConnError struct{ c *redis.ClusterClient }

func (h reloadOnConnError) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := next(ctx, network, addr)
		if err != nil {
			h.c.ReloadState(ctx)
		}
		return conn, err
	}
}

func (h reloadOnConnError) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		if connError(err) {
			h.c.ReloadState(ctx)
		}
		return err
	}
}

func (h reloadOnConnError) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		if connError(err) {
			h.c.ReloadState(ctx)
		}
		return err
	}
}

// connError reports whether err is a failure of the connection rather than a reply of Redis.
func connError(err error) bool {
	if err == nil {
		return false
	}
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, redis.ErrClosed) || errors.Is(err, context.DeadlineExceeded)
}
