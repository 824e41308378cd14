<?php
$mailer = new \SendGrid('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');
