// The test package may be main too.
package main
