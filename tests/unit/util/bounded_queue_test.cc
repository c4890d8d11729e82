#include "util/bounded_queue.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using timeline::BoundedQueue;

TEST_CASE("A bounded queue hands items over in order, then ends when closed", "[util]") {
  BoundedQueue<int> queue(4);
  std::thread producer([&] {
    for (int i = 0; i < 1000; ++i) REQUIRE(queue.Push(i));
    queue.Close();
  });
  std::vector<int> got;
  while (std::optional<int> item = queue.Pop()) got.push_back(*item);
  producer.join();
  REQUIRE(got.size() == 1000);
  for (int i = 0; i < 1000; ++i) CHECK(got[i] == i);
  CHECK_FALSE(queue.Pop());  // stays ended
}

TEST_CASE("A bounded queue never holds more than its capacity", "[util]") {
  BoundedQueue<int> queue(2);
  REQUIRE(queue.Push(1));
  REQUIRE(queue.Push(2));
  std::atomic<bool> third_pushed{false};
  std::thread producer([&] {
    queue.Push(3);  // blocks until a Pop makes room
    third_pushed = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK_FALSE(third_pushed);
  CHECK(queue.Pop() == 1);
  producer.join();
  CHECK(third_pushed);
}

TEST_CASE("Cancelling a bounded queue releases a blocked producer", "[util]") {
  BoundedQueue<int> queue(1);
  REQUIRE(queue.Push(1));
  std::atomic<int> result{-1};
  std::thread producer([&] { result = queue.Push(2) ? 1 : 0; });
  queue.Cancel();  // the consumer failed: the producer must not wait forever
  producer.join();
  CHECK(result == 0);
  CHECK_FALSE(queue.Push(3));
}
