package app

// Greeting is shared by the commands.
const Greeting = "hello"
