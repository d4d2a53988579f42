-- wrk script: GET <path><random id in 1..1000>, so both servers read rows spread over the table
math.randomseed(42)
request = function()
  return wrk.format("GET", wrk.path .. math.random(1, 1000))
end
