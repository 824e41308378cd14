broker_url = "amqps://worker:irZ5s16iLlzU!7@mq.corp.internal:5671/jobs"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
