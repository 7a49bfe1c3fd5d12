-- One request shape per wrk run, set through the environment by bench/load.sh:
-- LOAD_METHOD, LOAD_PATH, LOAD_BODY (may hold {n}, replaced by a running number), LOAD_TOKEN (one token, or several
-- separated by spaces, taken in turn), LOAD_RECEIPT, LOAD_GZIP (1: accept a gzip-compressed answer, as browsers do).
local method = os.getenv("LOAD_METHOD") or "GET"
local path = os.getenv("LOAD_PATH") or "/api/ping"
local body = os.getenv("LOAD_BODY")
local tokens = {}
for token in string.gmatch(os.getenv("LOAD_TOKEN") or "", "%S+") do tokens[#tokens + 1] = token end
local receipt = os.getenv("LOAD_RECEIPT")
local gzip = os.getenv("LOAD_GZIP") == "1"
local counter = 0

function setup(thread)
    thread:set("offset", math.random(1, 1000000000))
end

function request()
    counter = counter + 1
    local headers = { ["Accept"] = "application/json" }
    if #tokens > 0 then headers["Authorization"] = "Bearer " .. tokens[(counter + (offset or 0)) % #tokens + 1] end
    if receipt and receipt ~= "" then headers["X-Receipt"] = receipt end
    if gzip then headers["Accept-Encoding"] = "gzip" end
    local payload = nil
    if body and body ~= "" then
        headers["Content-Type"] = "application/json"
        payload = body:gsub("{n}", tostring(counter) .. "-" .. tostring(offset or 0))
    end
    return wrk.format(method, path, headers, payload)
end

-- One line for load.sh to read: requests per second, p50, p95 and p99 in ms, answers that were not 2xx/3xx, socket
-- errors, requests in all.
function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d %d\n", summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, e.status,
        e.connect + e.read + e.write + e.timeout, summary.requests))
end
