'use strict';

const amqpUrl = "amqp://svc_billing:Sparrow9271Pepper.88@mq.stark-ind.dev:5672/orders";

module.exports = { amqpUrl };
