// The server of the socket benchmark (bench/socket.ts): node:http on 127.0.0.1, in its own process so
// it never shares an event loop with the client being measured. Every request gets the same JSON
// answer (the bytes given as the first argument). Prints its port; exits when its stdin closes.
import { createServer } from "node:http";

const body = Buffer.from(process.argv[2] ?? "{}");
const server = createServer((req, res) => {
  // Drain any request body before answering, so keep-alive connections stay usable.
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
