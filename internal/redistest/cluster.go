package redistest

import (
	"os/exec"
	"strings"
	"testing"
	"time"
)

// Cluster is a Redis Cluster of a few masters, without replicas, for tests of cluster-safe keys. Its nodes are
// stopped in tb.Cleanup.
type Cluster struct {
	Nodes []*Server
}

// StartCluster starts n (at least 3) redis-servers in cluster mode, joins them with redis-cli --cluster create,
// and waits until every node reports the cluster ok. It always starts its own servers, also when
// WEGWIJZER_TEST_REDIS_URL is set. It takes a few seconds.
func StartCluster(tb testing.TB, n int) *Cluster {
	tb.Helper()
	if n < 3 {
		tb.Fatalf("redistest: a Redis Cluster needs at least 3 masters, not %d", n)
	}
	cli, err := exec.LookPath("redis-cli")
	if err != nil {
		tb.Fatalf("redistest: redis-cli not found: install it with `apt-get install redis-tools` (%v)", err)
	}
	c := &Cluster{}
	for range n {
		// The node writes its cluster state into its own temporary folder.
		c.Nodes = append(c.Nodes, startLocal(tb, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"))
	}
	args := append([]string{"--cluster", "create"}, c.Addrs()...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	if out, err := exec.Command(cli, args...).CombinedOutput(); err != nil {
		tb.Fatalf("redistest: redis-cli --cluster create: %v\n%s", err, out)
	}
	deadline := time.Now().Add(startTimeout)
	for _, node := range c.Nodes {
		for {
			host, port, _ := strings.Cut(node.Addr(), ":")
			out, err := exec.Command(cli, "-h", host, "-p", port, "cluster", "info").Output()
			if err == nil && strings.Contains(string(out), "cluster_state:ok") {
				break
			}
			if time.Now().After(deadline) {
				tb.Fatalf("redistest: node %s did not report cluster_state:ok within %s: %v\n%s", node.Addr(), startTimeout, err, out)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return c
}

// Addrs returns the host:port of every node, for redis.ClusterOptions.Addrs.
func (c *Cluster) Addrs() []string {
	addrs := make([]string, len(c.Nodes))
	for i, node := range c.Nodes {
		addrs[i] = node.Addr()
	}
	return addrs
}
