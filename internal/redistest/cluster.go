package redistest

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Cluster is a Redis Cluster of a few masters, with or without replicas. Its nodes are stopped in tb.Cleanup.
type Cluster struct {
	Nodes []*Server // the masters first, then the replicas
}

// StartCluster starts n (at least 3) redis-servers in cluster mode, joins them with redis-cli --cluster create,
// and waits until every node reports the cluster ok. It always starts its own servers, also when
// WEGWIJZER_TEST_REDIS_URL is set. It takes a few seconds.
func StartCluster(tb testing.TB, n int) *Cluster {
	tb.Helper()
	return StartReplicatedCluster(tb, n, 0, 0)
}

// StartReplicatedCluster starts a cluster of masters masters with replicas replicas each, whose nodes consider a
// node that does not answer for nodeTimeout failed (0 = Redis's default, 15 s), so a replica takes over a killed
// master after about that long. It waits until the cluster is ok and every replica is in sync.
func StartReplicatedCluster(tb testing.TB, masters, replicas int, nodeTimeout time.Duration) *Cluster {
	tb.Helper()
	n := masters * (1 + replicas)
	if masters < 3 {
		tb.Fatalf("redistest: a Redis Cluster needs at least 3 masters, not %d", masters)
	}
	cli, err := exec.LookPath("redis-cli")
	if err != nil {
		tb.Fatalf("redistest: redis-cli not found: install it with `apt-get install redis-tools` (%v)", err)
	}
	c := &Cluster{}
	for range n {
		// The node writes its cluster state into its own temporary folder.
		args := []string{"--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"}
		if nodeTimeout > 0 {
			args = append(args, "--cluster-node-timeout", strconv.FormatInt(nodeTimeout.Milliseconds(), 10))
		}
		c.Nodes = append(c.Nodes, startLocal(tb, args...))
	}
	args := append([]string{"--cluster", "create"}, c.Addrs()...)
	args = append(args, "--cluster-replicas", strconv.Itoa(replicas), "--cluster-yes")
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
	// Every master must have its replicas attached and in sync, or a failover has nothing to promote.
	for _, node := range c.Nodes[:masters] {
		for replicas > 0 {
			host, port, _ := strings.Cut(node.Addr(), ":")
			out, err := exec.Command(cli, "-h", host, "-p", port, "info", "replication").Output()
			if err == nil && strings.Contains(string(out), "connected_slaves:"+strconv.Itoa(replicas)) && strings.Contains(string(out), "state=online") {
				break
			}
			if time.Now().After(deadline) {
				tb.Fatalf("redistest: the replicas of %s are not in sync within %s: %v\n%s", node.Addr(), startTimeout, err, out)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return c
}

// Kill kills the server at once (SIGKILL), as a crash would; Start brings it back empty.
func (s *Server) Kill() {
	s.tb.Helper()
	if s.external {
		s.tb.Fatalf("redistest: cannot kill the Redis at %s", s.url)
	}
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Kill()
	<-s.done
	s.cmd, s.done = nil, nil
}

// Addrs returns the host:port of every node, for redis.ClusterOptions.Addrs.
func (c *Cluster) Addrs() []string {
	addrs := make([]string, len(c.Nodes))
	for i, node := range c.Nodes {
		addrs[i] = node.Addr()
	}
	return addrs
}
