// Package pgtest gives tests a PostgreSQL database: the server named by
// $STORYLINE_TEST_POSTGRES (CI starts a throw-away cluster and sets it;
// `bash .ci/pg-start` prints one). Without it tests skip, or fail when
// $CI is set, since CI must test PostgreSQL.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// DSN returns the test server's connection URL, or skips tb (fails it
// under CI) when there is none.
func DSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv("STORYLINE_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") != "" {
			tb.Fatal("CI is set but STORYLINE_TEST_POSTGRES is not: .ci/run must start PostgreSQL")
		}
		tb.Skip("no PostgreSQL: set STORYLINE_TEST_POSTGRES=postgres://… (bash .ci/pg-start prints one)")
	}
	return dsn
}

// FreshDB creates an empty database named prefix_<random> on the test
// server, drops it when tb ends, and returns its URL, so that tests of
// different packages sharing the server never see each other's rows.
func FreshDB(tb testing.TB, prefix string) string {
	tb.Helper()
	base := DSN(tb)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	name := prefix + "_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		c, err := pgx.Connect(ctx, base)
		if err != nil {
			tb.Log(err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			tb.Log(err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
