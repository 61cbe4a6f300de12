// Copyright notice.

/* A block
   comment. */
//go:build !windows

package main

func main() {}
