/* Sleeps until SIGTERM or SIGINT, then exits 0, so `docker stop` returns at once. */
#include <signal.h>
#include <unistd.h>

static void on_signal(int sig) {
    (void) sig;
    _exit(0);
}

int main(void) {
    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);
    for (;;) {
        pause();
    }
}
