package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Open connects to the reporting replica.
func Open() (*sql.DB, error) {
	return sql.Open("mysql", "reporter:3o2vCBnS6upk_9@tcp(mysql-ro.corp.internal:3306)/reports?parseTime=true")
}
